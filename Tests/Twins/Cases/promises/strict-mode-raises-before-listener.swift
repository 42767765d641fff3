import NodeLoop

let strictModeRaisesBeforeListener = Twin("promises/strict-mode-raises-before-listener") {
    process.unhandledRejections = .strict
    process.on(.uncaughtException) { error, origin in console.log("uncaughtException", error.message, origin) }
    process.on(.unhandledRejection) { reason, _ in console.log("unhandledRejection", reason.message) }
    process.on(.exit) { code in console.log("exit", code) }
    _ = Promise<Int>.reject(NodeError("strict"))
    setTimeout(0) { console.log("timer") }
}
