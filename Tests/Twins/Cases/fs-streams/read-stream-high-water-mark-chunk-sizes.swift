import NodeLoop

let readStreamHighWaterMarkChunkSizes = Twin("fs-streams/read-stream-high-water-mark-chunk-sizes") {
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-fs-streams-")
    let file = dir + "/big.bin"
    try fs.writeFileSync(file, try Buffer.alloc(150_000, fill: 7))
    func sizes(_ bytes: ReadStream<Buffer>) -> Promise<String> {
        Promise { resolve, _ in
            var seen: [String] = []
            bytes.on(.data) { chunk in seen.append(String(chunk.length)) }
            bytes.on(.end) {
                resolve("\(bytes.readableHighWaterMark): \(seen.joined(separator: " ")) (\(bytes.bytesRead))")
            }
        }
    }
    _ = Promise { () async throws in
        console.log(try await sizes(try fs.createReadStream(file)).value)
        console.log(try await sizes(try fs.createReadStream(file, highWaterMark: 40_000)).value)
        console.log(try await sizes(try fs.createReadStream(file, start: 10, end: 20_009, highWaterMark: 8192)).value)
        console.log(try await sizes(try fs.createReadStream(file, highWaterMark: 1 << 20)).value)
        let paused = LoopBound(try fs.createReadStream(file, highWaterMark: 50_000))
        paused.value.once(.readable) {
            let before = paused.value.readableLength
            let taken = paused.value.read(10)?.length
            console.log("buffered", before, taken, paused.value.readableLength)
            paused.value.destroy()
            try fs.rmSync(dir, recursive: true)
        }
    }
}
