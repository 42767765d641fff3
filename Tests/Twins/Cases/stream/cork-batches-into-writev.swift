import NodeLoop

let corkBatchesIntoWritev = Twin("stream/cork-batches-into-writev") {
    let writable = Writable<Buffer>(
        write: { _, chunk, _, callback in
            console.log("_write", try chunk.toString())
            callback(nil)
        },
        writev: { _, chunks, callback in
            console.log("_writev", try chunks.map { try $0.chunk.toString() }.joined(separator: ","))
            callback(nil)
        }
    )
    writable.cork()
    writable.write("a") { _ in console.log("cb a") }
    writable.write("b") { _ in console.log("cb b") }
    writable.write("c") { _ in console.log("cb c") }
    console.log("corked", writable.writableCorked, "length", writable.writableLength)
    process.nextTick {
        writable.uncork()
        console.log("uncorked, length", writable.writableLength)
        writable.write("d") { _ in console.log("cb d") }
    }
}
