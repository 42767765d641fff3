import NodeLoop

let transformWithFlush = Twin("stream/transform-with-flush") {
    let upper = Transform<Buffer, Buffer>(
        transform: { _, chunk, _, callback in
            console.log("_transform", try chunk.toString())
            callback(nil, try Buffer.from(chunk.toString().uppercased()))
        },
        flush: { stream, callback in
            console.log("_flush")
            stream.push("!")
            callback(nil, nil)
        }
    )
    upper.on(.data) { chunk in console.log("data", try chunk.toString()) }
    upper.on(.finish) { console.log("finish") }
    upper.on(.end) { console.log("end") }
    upper.on(.close) { console.log("close") }
    upper.write("ab")
    upper.write("cd")
    upper.end()
}
