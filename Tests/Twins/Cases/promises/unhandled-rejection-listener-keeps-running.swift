import NodeLoop

let unhandledRejectionListenerKeepsRunning = Twin("promises/unhandled-rejection-listener-keeps-running") {
    process.on(.exit) { code in console.log("exit", code) }
    var rejected: Promise<Int>?
    process.on(.unhandledRejection) { reason, promise in console.log("unhandledRejection", reason.message, promise === rejected) }
    setTimeout(0) { console.log("timer") }
    rejected = Promise<Int>.reject(NodeError("unhandled"))
}
