import NodeLoop

let writeStreamWritesInOrder = Twin("fs-data/write-stream-writes-in-order") {
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-")
    let file = dir + "/out.txt"
    _ = Promise { () async throws in
        let out = try fs.createWriteStream(file)
        for word in ["alpha ", "beta ", "gamma"] {
            try await out.write(word).value
            console.log("wrote", word.utf16.count)
        }
        try await out.end().value
        console.log(try fs.readFileSync(file, encoding: .utf8))
        let broken = try fs.createWriteStream(dir + "/nodir/out.txt")
        // Node needs an 'error' listener here; NodeLoop reports errors through the promises only.
        for chunk in ["a", "b"] {
            broken.write(chunk).catch { error in console.log("write", chunk, (error as? NodeError)?.code, (error as? NodeError)?.syscall) }
        }
        _ = try await broken.end().catch { error in console.log("end", (error as? NodeError)?.code, error.message.replacing(dir, with: "<dir>")) }.value
        try fs.rmSync(dir, recursive: true)
    }
}
