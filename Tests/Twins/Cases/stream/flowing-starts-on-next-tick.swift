import NodeLoop

let flowingStartsOnNextTick = Twin("stream/flowing-starts-on-next-tick") {
    let readable = Readable<Buffer>(read: { _, _ in })
    readable.push("a")
    readable.push("b")
    console.log("flowing before", orNull(readable.readableFlowing), "length", readable.readableLength)
    readable.on(.data) { chunk in console.log("data", try chunk.toString(), "length", readable.readableLength) }
    readable.on(.pause) { console.log("pause") }
    readable.on(.resume) { console.log("resume") }
    readable.on(.end) { console.log("end") }
    readable.on(.close) { console.log("close") }
    console.log("flowing after listener", orNull(readable.readableFlowing))
    process.nextTick { console.log("tick") }
    Promise.resolve().then { console.log("promise job") }
    setImmediate {
        readable.pause()
        readable.push("c")
        console.log("paused, length", readable.readableLength)
        readable.resume()
        readable.push(nil)
    }
}
