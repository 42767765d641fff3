import NodeLoop

let pipeBackPressure = Twin("stream/pipe-back-pressure") {
    var produced = 0
    let source = Readable<Buffer>(highWaterMark: 8, read: { stream, _ in
        produced += 1
        if produced <= 20 { stream.push("xxxx") } else { stream.push(nil) }
    })
    var maxBuffered = 0
    var writes = 0
    let sink = Writable<Buffer>(highWaterMark: 8, write: { stream, _, _, callback in
        writes += 1
        maxBuffered = max(maxBuffered, stream.writableLength)
        setImmediate { callback(nil) }
    })
    var pauses = 0
    var drains = 0
    source.on(.pause) { pauses += 1 }
    sink.on(.drain) { drains += 1 }
    sink.on(.pipe) { src in console.log("pipe event", src === source) }
    sink.on(.unpipe) { src in console.log("unpipe event", src === source) }
    sink.on(.finish) { console.log("finish: writes", writes, "max buffered", maxBuffered, "pauses", pauses > 0, "drains", drains > 0) }
    source.on(.end) { console.log("source end") }
    console.log("pipe returns dest", source.pipe(sink) === sink)
}
