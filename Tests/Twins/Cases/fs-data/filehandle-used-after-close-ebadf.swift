import NodeLoop

let filehandleUsedAfterCloseEbadf = Twin("fs-data/filehandle-used-after-close-ebadf") {
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-")
    let file = dir + "/handle.txt"
    _ = Promise { () async throws in
        let handle = try await fs.promises.open(file, "w+").value
        console.log("written", try await handle.write("abc").value)
        console.log("read", try await handle.read(length: 3, position: 0).value.length)
        try await handle.close().value
        console.log("fd", handle.fd)
        for (name, call) in [
            ("read", { handle.read().then { _ in } }),
            ("write", { handle.write("x").then { _ in } }),
            ("readFile", { handle.readFile().then { _ in } }),
            ("writeFile", { handle.writeFile("x") }),
            ("appendFile", { handle.appendFile("x") }),
        ] as [(String, () -> Promise<Void>)] {
            do {
                try await call().value
            } catch let error as NodeError {
                console.log(name, error.code, error.syscall, error.message, error.errno)
            }
        }
        try fs.rmSync(dir, recursive: true)
    }
}
