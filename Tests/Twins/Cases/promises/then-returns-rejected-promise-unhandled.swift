import NodeLoop

let thenReturnsRejectedPromiseUnhandled = Twin("promises/then-returns-rejected-promise-unhandled") {
    let derived = Promise.resolve().then { Promise<Int>.reject(NodeError("inner rejection")) }
    process.on(.unhandledRejection) { reason, promise in console.log("unhandledRejection", reason.message, promise === derived) }
    process.on(.exit) { code in console.log("exit", code) }
}
