import NodeLoop

let unshiftPutsDataBack = Twin("stream/unshift-puts-data-back") {
    let readable = Readable<Buffer>(read: { _, _ in })
    readable.push("hello ")
    readable.push("world")
    readable.push(nil)
    readable.once(.readable) {
        guard let head = readable.read(3) else { return }
        console.log("read 3", try head.toString(), "length", readable.readableLength)
        readable.unshift(head)
        console.log("after unshift length", readable.readableLength)
        console.log("read 8", try readable.read(8)?.toString())
        console.log("read rest", try readable.read()?.toString())
        console.log("read empty", orNull(readable.read()))
    }
    readable.on(.end) { console.log("end") }
}
