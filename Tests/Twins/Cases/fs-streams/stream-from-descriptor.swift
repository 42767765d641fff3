import NodeLoop

let streamFromDescriptor = Twin("fs-streams/stream-from-descriptor") {
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-fs-streams-")
    let file = dir + "/data.txt"
    try fs.writeFileSync(file, "hello descriptor")
    let fd = try fs.openSync(file, "r")
    let reader = try fs.createReadStream(nil, fd: fd, autoClose: false, start: 6)
    console.log("reader", reader.path, reader.pending, reader.fd == fd, reader.autoClose)
    reader.on(.open) { _ in console.log("never open") }
    reader.on(.data) { chunk in console.log("data", try chunk.toString()) }
    // The listeners hold the stream until close() has closed it.
    reader.on(.end) {
        console.log("end", reader.destroyed, try fs.fstatSync(fd).size)
        setImmediate {
            var five = try Buffer.alloc(5)
            console.log("still open", try fs.readSync(fd, into: &five, offset: 0, length: 5, position: 0))
            reader.close { error in console.log("closed by close()", error, reader.destroyed) }
        }
    }
    reader.on(.close) {
        var closed: Any = false
        do { _ = try fs.fstatSync(fd) } catch { closed = (error as? NodeError)?.code ?? "?" }
        console.log("reader close", closed)
        let writer = try fs.createWriteStream("ignored.txt", fd: try fs.openSync(file, "a"))
        writer.on(.open) { _ in console.log("never open") }
        writer.end("!") { _ in console.log("writer finished", writer.bytesWritten, writer.path) }
        writer.on(.close) {
            console.log("writer close", try fs.readFileSync(file, encoding: .utf8))
            try fs.rmSync(dir, recursive: true)
        }
    }
}
