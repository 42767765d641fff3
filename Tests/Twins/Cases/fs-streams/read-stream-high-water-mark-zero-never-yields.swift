import NodeLoop

let readStreamHighWaterMarkZeroNeverYields = Twin("fs-streams/read-stream-high-water-mark-zero-never-yields") {
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-")
    let file = dir + "/data.txt"
    try fs.writeFileSync(file, "hello world")
    process.on(.exit) { code in
        console.log("exit", code)
        try fs.rmSync(dir, recursive: true)
    }
    _ = Promise { () async throws in
        do {
            for try await chunk in try fs.createReadStream(dir + "/missing.txt", highWaterMark: 0) { console.log("chunk", chunk.length) }
        } catch let error as NodeError {
            console.log("missing", error.code)
        }
        setTimeout(1) { console.log("timer") }
        for try await chunk in try fs.createReadStream(file, highWaterMark: 0) { console.log("chunk", chunk.length) }
        console.log("never")
    }
}
