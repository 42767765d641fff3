import NodeLoop

let throwInThenUnhandled = Twin("promises/throw-in-then-unhandled") {
    let derived = Promise.resolve(1).then { value in
        throw NodeError("bad value \(value)")
    }
    process.on(.unhandledRejection) { reason, promise in console.log("unhandledRejection", reason.message, promise === derived) }
    process.on(.exit) { code in console.log("exit", code) }
}
