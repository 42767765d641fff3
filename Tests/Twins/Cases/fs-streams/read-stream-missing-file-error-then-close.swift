import NodeLoop

let readStreamMissingFileErrorThenClose = Twin("fs-streams/read-stream-missing-file-error-then-close") {
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-fs-streams-")
    func clean(_ text: String?) -> String {
        (text ?? "undefined").replacing(dir, with: "<dir>")
    }
    func watch(_ label: String, _ watched: Stream) -> Promise<Void> {
        Promise { resolve, _ in
            watched.on(.open) { (_: Int32) in console.log(label, "open") }
            for name in [EventName<Void>.ready, .end, .finish] {
                watched.on(name) { console.log(label, name.name) }
            }
            watched.on(.error) { error in
                let error = error as? NodeError
                console.log(label, "error", error?.code, error?.syscall, clean(error?.path), clean(error?.message))
            }
            watched.on(.close) {
                console.log(label, "close", watched.destroyed, clean((watched.errored as? NodeError)?.code))
                resolve(())
            }
        }
    }
    _ = Promise { () async throws in
        try await watch("missing", try fs.createReadStream(dir + "/missing.txt").resume()).value
        try await watch("directory", try fs.createReadStream(dir).resume()).value
        let out = try fs.createWriteStream(dir + "/nodir/out.txt")
        out.write("a") { error in console.log("write a", (error as? NodeError)?.code) }
        out.end("b") { error in console.log("end", (error as? NodeError)?.code) }
        try await watch("write", out).value
        try fs.rmSync(dir, recursive: true)
    }
}
