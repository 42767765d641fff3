import NodeLoop

let writeStreamAppendFlag = Twin("fs-streams/write-stream-append-flag") {
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-fs-streams-")
    let file = dir + "/log.txt"
    func write(_ text: String, _ label: String, _ make: () throws -> WriteStream) rethrows -> Promise<String> {
        let out = try make()
        out.end(text)
        return Promise { resolve, _ in
            out.on(.close) {
                let content = try fs.readFileSync(file, encoding: .utf8).replacing("\n", with: "|")
                resolve("\(label): \(content) (\(out.bytesWritten))")
            }
        }
    }
    _ = Promise { () async throws in
        console.log(try await write("one\n", "default") { try fs.createWriteStream(file) }.value)
        console.log(try await write("two\n", "a") { try fs.createWriteStream(file, flags: "a") }.value)
        console.log(try await write("three\n", "a") { try fs.createWriteStream(file, flags: "a") }.value)
        console.log(try await write("TW", "r+ from 4") { try fs.createWriteStream(file, flags: "r+", start: 4) }.value)
        console.log(try await write("fresh\n", "w") { try fs.createWriteStream(file, flags: "w") }.value)
        console.log(try await write("6869", "a in hex") { try fs.createWriteStream(file, flags: "a", encoding: .hex) }.value)
        try fs.rmSync(dir, recursive: true)
    }
}
