import NodeLoop

let readStreamPipeCopiesAFile = Twin("fs-streams/read-stream-pipe-copies-a-file") {
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-fs-streams-")
    let source = dir + "/source.bin"
    let copy = dir + "/copy.bin"
    let bytes = Buffer((0..<300_001).map { UInt8(truncatingIfNeeded: $0 * 31 + ($0 >> 8)) })
    try fs.writeFileSync(source, bytes)
    func checksum(_ buffer: Buffer) -> Int {
        buffer.bytes.reduce(0) { sum, byte in (sum * 33 + Int(byte)) % 1_000_000_007 }
    }
    let reader = try fs.createReadStream(source)
    let writer = try fs.createWriteStream(copy)
    writer.on(.pipe) { from in console.log("pipe", from === reader) }
    reader.on(.end) { console.log("reader end", reader.bytesRead) }
    writer.on(.finish) { console.log("writer finish", writer.bytesWritten) }
    writer.on(.close) {
        let copied = try fs.readFileSync(copy)
        console.log("reader destroyed", reader.destroyed)
        console.log("writer close", copied.length, copied.equals(bytes), checksum(copied) == checksum(bytes), checksum(copied))
        try fs.rmSync(dir, recursive: true)
    }
    reader.pipe(writer)
}
