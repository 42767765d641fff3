import NodeLoop

let noListenerExitsWithOne = Twin("process/no-listener-exits-with-one") {
    process.on(.exit) { code in console.log("exit", code) }
    setTimeout(1) {
        console.log("timer")
        throw NodeError("boom")
    }
    setTimeout(30) { console.log("later timer") }
}
