import NodeLoop

let unhandledThenHandledLate = Twin("promises/unhandled-then-handled-late") {
    let inTime = Promise<Int>.reject(NodeError("in time"))
    let late = Promise<Int>.reject(NodeError("late"))
    process.on(.unhandledRejection) { reason, promise in console.log("unhandledRejection", reason.message, promise === late) }
    process.on(.rejectionHandled) { promise in console.log("rejectionHandled", promise === late) }
    process.nextTick { inTime.catch { error in console.log("caught", error.message) } }
    setImmediate { late.catch { error in console.log("caught", error.message) } }
}
