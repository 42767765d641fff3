import NodeLoop

let catchInNextTickNoEvent = Twin("promises/catch-in-next-tick-no-event") {
    process.on(.unhandledRejection) { reason, _ in console.log("unhandledRejection", reason.message) }
    process.on(.rejectionHandled) { _ in console.log("rejectionHandled") }
    process.on(.exit) { code in console.log("exit", code) }
    let rejected = Promise<Int>.reject(NodeError("handled in a tick"))
    process.nextTick { rejected.catch { error in console.log("caught", error.message) } }
}
