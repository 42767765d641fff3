import NodeLoop

let unhandledRejectionNoListenerExitsOne = Twin("promises/unhandled-rejection-no-listener-exits-one") {
    process.on(.exit) { code in console.log("exit", code) }
    setTimeout(0) { console.log("timer") }
    _ = Promise<Int>.reject(NodeError("nobody handles this"))
    Promise.resolve().then { console.log("job runs first") }
    console.log("sync")
}
