import NodeLoop

let writeStreamWritesInOrder = Twin("fs-streams/write-stream-writes-in-order") {
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-fs-streams-")
    let file = dir + "/out.txt"
    func write(_ out: WriteStream, _ chunk: String) -> Promise<Void> {
        Promise { resolve, reject in out.write(chunk) { error in if let error { reject(error) } else { resolve(()) } } }
    }
    func end(_ out: WriteStream) -> Promise<Void> {
        Promise { resolve, reject in out.end { error in if let error { reject(error) } else { resolve(()) } } }
    }
    _ = Promise { () async throws in
        let out = try fs.createWriteStream(file)
        for word in ["alpha ", "beta ", "gamma"] {
            try await write(out, word).value
            console.log("wrote", word.utf16.count)
        }
        try await end(out).value
        console.log(try fs.readFileSync(file, encoding: .utf8))
        let broken = try fs.createWriteStream(dir + "/nodir/out.txt")
        broken.on(.error) { _ in }
        for chunk in ["a", "b"] {
            write(broken, chunk).catch { error in
                console.log("write", chunk, (error as? NodeError)?.code, (error as? NodeError)?.syscall)
            }
        }
        _ = try await end(broken).catch { error in
            console.log("end", (error as? NodeError)?.code, error.message.replacing(dir, with: "<dir>"))
        }.value
        try fs.rmSync(dir, recursive: true)
    }
}
