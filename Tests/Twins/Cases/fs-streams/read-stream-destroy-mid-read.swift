import NodeLoop

let readStreamDestroyMidRead = Twin("fs-streams/read-stream-destroy-mid-read") {
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-fs-streams-")
    let file = dir + "/big.bin"
    try fs.writeFileSync(file, try Buffer.alloc(1 << 20, fill: 1))
    func watch(_ label: String, _ watched: ReadStream<Buffer>) -> Promise<Void> {
        Promise { resolve, _ in
            watched.on(.open) { _ in console.log(label, "open") }
            watched.on(.ready) { console.log(label, "ready") }
            watched.on(.end) { console.log(label, "end") }
            watched.on(.error) { error in console.log(label, "error", error.message) }
            watched.on(.close) {
                console.log(label, "close", watched.bytesRead, watched.destroyed, watched.pending)
                resolve(())
            }
        }
    }
    _ = Promise { () async throws in
        let first = try fs.createReadStream(file)
        var chunks = 0
        first.on(.data) { [unowned first] chunk in
            chunks += 1
            console.log("first data", chunk.length)
            if chunks == 2 { first.destroy() }
        }
        try await watch("first", first).value
        let second = try fs.createReadStream(file)
        second.once(.data) { [unowned second] _ in second.destroy(NodeError("enough")) }
        try await watch("second", second).value
        let third = try fs.createReadStream(file)
        third.destroy()
        console.log("third destroyed", third.destroyed, third.pending)
        try await watch("third", third).value
        let fourth = try fs.createReadStream(file)
        fourth.on(.data) { _ in }
        fourth.on(.open) { [unowned fourth] _ in
            fourth.close { error in console.log("fourth close callback", (error as? NodeError)?.code) }
        }
        try await watch("fourth", fourth).value
        try fs.rmSync(dir, recursive: true)
    }
}
