import NodeLoop

let readLengthBeyondDefaultBuffer = Twin("fs-data/read-length-beyond-default-buffer") {
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-")
    let file = dir + "/data.txt"
    try fs.writeFileSync(file, "hello world")
    let fd = try fs.openSync(file, "r")
    do { try fs.read(fd, length: 0x7fffffff) { _, _ in console.log("never") } } catch let error as NodeError { console.log("read", error.name, error.code, error.message) }
    do { try fs.read(fd, length: 16385) { _, _ in console.log("never") } } catch let error as NodeError { console.log("read", error.code, error.message) }
    do { try fs.read(fd, length: -1) { _, _ in console.log("never") } } catch let error as NodeError { console.log("read", error.code, error.message) }
    try fs.read(fd, length: 16384, position: 0) { error, bytes in
        console.log("read 16384", error == nil, bytes?.length)
        try fs.closeSync(fd)
        _ = Promise { () async throws in
            let handle = try await fs.promises.open(file).value
            do { _ = try await handle.read(length: 0x7fffffff).value } catch let error as NodeError { console.log("filehandle.read", error.code, error.message) }
            do { _ = try await handle.read(length: (1 << 32) + 2).value } catch let error as NodeError { console.log("filehandle.read", error.code, error.message) }
            console.log("filehandle.read 16384", try await handle.read(length: 16384, position: 6).value.length)
            try await handle.close().value
            try fs.rmSync(dir, recursive: true)
        }
    }
}
