import NodeLoop

let readStreamEncoding = Twin("fs-streams/read-stream-encoding") {
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-fs-streams-")
    let file = dir + "/text.txt"
    try fs.writeFileSync(file, "héllo wörld €😀!")
    func readAll(_ text: ReadStream<String>) -> Promise<(chunks: [String], encoding: String)> {
        Promise { resolve, _ in
            var chunks: [String] = []
            text.on(.data) { chunk in chunks.append(chunk) }
            text.on(.end) { resolve((chunks, text.readableEncoding?.name ?? "null")) }
        }
    }
    let cases: [(Int?, () throws -> ReadStream<String>)] = [
        (3, { try fs.createReadStream(file, encoding: .utf8, highWaterMark: 3) }),
        (nil, { try fs.createReadStream(file, encoding: .utf8) }),
        (5, { try fs.createReadStream(file, encoding: .hex, highWaterMark: 5) }),
        (4, { try fs.createReadStream(file, encoding: .base64, highWaterMark: 4) }),
        (nil, { try fs.createReadStream(file, encoding: .latin1, end: 5) }),
        (3, { try fs.createReadStream(file, encoding: .utf16le, end: 8, highWaterMark: 3) }),
    ]
    _ = Promise { () async throws in
        for (highWaterMark, make) in cases {
            let (chunks, encoding) = try await readAll(try make()).value
            console.log(encoding, highWaterMark, chunks.map { "[\($0)]" }.joined())
        }
        try fs.rmSync(dir, recursive: true)
    }
}
