import NodeLoop

let readableEventReadLoop = Twin("stream/readable-event-read-loop") {
    var n = 0
    let readable = Readable<Buffer>(read: { stream, _ in
        n += 1
        console.log("_read", n)
        if n <= 2 { stream.push("chunk\(n)") } else { stream.push(nil) }
    })
    readable.on(.readable) {
        console.log("readable, length", readable.readableLength)
        while let chunk = readable.read(3) { console.log("read", try chunk.toString()) }
    }
    readable.on(.end) { console.log("end") }
    readable.on(.close) { console.log("close") }
    console.log("flowing", orNull(readable.readableFlowing))
}
