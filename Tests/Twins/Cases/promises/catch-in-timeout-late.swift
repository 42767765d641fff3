import NodeLoop

let catchInTimeoutLate = Twin("promises/catch-in-timeout-late") {
    var rejected: Promise<Int>?
    process.on(.unhandledRejection) { reason, promise in console.log("unhandledRejection", reason.message, promise === rejected) }
    process.on(.rejectionHandled) { promise in console.log("rejectionHandled", promise === rejected) }
    process.on(.exit) { code in console.log("exit", code) }
    rejected = Promise<Int>.reject(NodeError("handled in a timer"))
    setTimeout(1) {
        rejected!.catch { error in console.log("caught", error.message) }
        console.log("catch attached")
    }
}
