import NodeLoop

let passthroughPassesChunks = Twin("stream/passthrough-passes-chunks") {
    let pass = PassThrough<Buffer>()
    pass.on(.finish) { console.log("finish") }
    pass.on(.end) { console.log("end") }
    pass.on(.close) { console.log("close") }
    console.log("write", pass.write("one"), pass.write(try Buffer.from("two")))
    pass.end("three")
    console.log("readable length", pass.readableLength, "writable length", pass.writableLength)
    setImmediate {
        while let chunk = pass.read() { console.log("read", try chunk.toString()) }
    }
}
