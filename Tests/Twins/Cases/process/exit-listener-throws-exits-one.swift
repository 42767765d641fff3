import NodeLoop

let exitListenerThrowsExitsOne = Twin("process/exit-listener-throws-exits-one") {
    process.on(.exit) { code in
        console.log("exit", code)
        throw NodeError("in exit")
    }
    process.on(.exit) { _ in console.log("second listener") }
    console.log("script")
}
