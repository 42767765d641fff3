import NodeLoop

let pushAfterEOFErrors = Twin("stream/push-after-eof-errors") {
    let readable = Readable<Buffer>(read: { _, _ in })
    readable.on(.error) { error in console.log("error", orNull((error as? NodeError)?.code), error.message) }
    readable.on(.close) { console.log("close", readable.destroyed) }
    console.log("push null", readable.push(nil))
    console.log("push after", readable.push("late"))
    console.log("destroyed now", readable.destroyed)
    process.nextTick { console.log("tick") }
}
