import NodeLoop

let unhandledRejectionToUncaughtException = Twin("promises/unhandled-rejection-to-uncaught-exception") {
    process.on(.uncaughtException) { error, origin in console.log("uncaughtException", error.message, origin) }
    process.on(.exit) { code in console.log("exit", code) }
    setTimeout(0) { console.log("timer") }
    _ = Promise<Int>.reject(NodeError("becomes uncaught"))
}
