import NodeLoop

let readStreamYieldsChunksOfARange = Twin("fs-data/read-stream-yields-chunks-of-a-range") {
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-")
    let file = dir + "/letters.txt"
    try fs.writeFileSync(file, "abcdefghij")
    _ = Promise { () async throws in
        for try await chunk in try fs.createReadStream(file, highWaterMark: 3, start: 2, end: 8) {
            console.log("chunk", try chunk.toString(), chunk.length)
        }
        for try await chunk in try fs.createReadStream(file, highWaterMark: 4) {
            console.log("first", chunk)
            break
        }
        do {
            for try await chunk in try fs.createReadStream(dir + "/missing.txt") {
                console.log("never", chunk)
            }
        } catch let error as NodeError {
            console.log("error", error.code, error.syscall)
        }
        try fs.rmSync(dir, recursive: true)
    }
}
