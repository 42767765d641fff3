import NodeLoop

let endOnlyAfterConsumption = Twin("stream/end-only-after-consumption") {
    let readable = Readable<Buffer>(read: { _, _ in })
    readable.push("x")
    readable.push(nil)
    readable.on(.end) { console.log("end") }
    readable.on(.close) { console.log("close") }
    setImmediate {
        console.log("ended?", readable.readableEnded, "length", readable.readableLength)
        readable.on(.data) { chunk in console.log("data", try chunk.toString()) }
        console.log("attached data listener")
    }
}
