import NodeLoop

let readStreamStartEndRanges = Twin("fs-streams/read-stream-start-end-ranges") {
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-fs-streams-")
    let file = dir + "/letters.txt"
    try fs.writeFileSync(file, "abcdefghij")
    let ranges: [(String, () throws -> ReadStream<Buffer>)] = [
        ("2 to 8 by 3", { try fs.createReadStream(file, start: 2, end: 8, highWaterMark: 3) }),
        ("from 4", { try fs.createReadStream(file, start: 4) }),
        ("to 0", { try fs.createReadStream(file, end: 0) }),
        ("5 to 5", { try fs.createReadStream(file, start: 5, end: 5) }),
        ("from 20", { try fs.createReadStream(file, start: 20) }),
        ("to 100 by 4", { try fs.createReadStream(file, end: 100, highWaterMark: 4) }),
    ]
    func readAll(_ letters: ReadStream<Buffer>) -> Promise<[String]> {
        Promise { resolve, _ in
            var chunks: [String] = []
            letters.on(.data) { chunk in chunks.append(try chunk.toString()) }
            letters.on(.close) { resolve(chunks) }
        }
    }
    _ = Promise { () async throws in
        for (label, make) in ranges {
            console.log(label, try await readAll(try make()).value.joined(separator: "|"))
        }
        for try await chunk in try fs.createReadStream(file, start: 2, end: 8, highWaterMark: 3) {
            console.log("chunk", try chunk.toString(), chunk.length)
        }
        let early = try fs.createReadStream(file, highWaterMark: 4)
        for try await chunk in early {
            console.log("first", chunk)
            break
        }
        console.log("after break", early.destroyed, early.bytesRead)
        try fs.rmSync(dir, recursive: true)
    }
}
