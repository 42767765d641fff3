import NodeLoop

let destroyErrorThenClose = Twin("stream/destroy-error-then-close") {
    let readable = Readable<Buffer>(
        read: { _, _ in },
        destroy: { _, error, callback in
            console.log("_destroy", orNull(error?.message))
            callback(error)
        }
    )
    readable.on(.error) { error in console.log("error", error.message) }
    readable.on(.close) { console.log("close") }
    readable.on(.end) { console.log("end") }
    readable.destroy(NodeError("boom"))
    readable.destroy(NodeError("again"))
    console.log("destroyed", readable.destroyed, "errored", orNull(readable.errored?.message))
    process.nextTick { console.log("tick") }
    queueMicrotask { console.log("microtask") }
}
