import NodeLoop

let objectModeCountsObjects = Twin("stream/object-mode-counts-objects") {
    let readable = Readable<[String: Int]>(read: { _, _ in })
    console.log("hwm", readable.readableHighWaterMark, "objectMode", readable.readableObjectMode)
    var results: [String] = []
    for i in 0..<17 { results.append(String(readable.push(["n": i]))) }
    console.log("push results", results.joined(separator: " "))
    console.log("length", readable.readableLength)
    let small = Readable<Int>(highWaterMark: 2, read: { _, _ in })
    console.log("small pushes", small.push(1), small.push(2), small.push(3), small.readableLength)
    console.log("read", orNull(small.read()), orNull(small.read(5)), small.readableLength)
}
