import Testing
@testable import NodeLoop

/// Bad input to the data functions: each entry's Sync form throws, and its promise form
/// rejects (never throws), with Node's code and message. Every expectation was printed by node
/// v20 (`<dir>` stands for the scratch directory). Where Node has no such form (`fs.read` has
/// no `fsPromises` twin, a stream's options are checked at the call), the entry has one form.
@Suite struct DataBadInputTests {
    struct BadInput: Sendable, CustomTestStringConvertible {
        let name: String
        let code: String
        let message: String
        let sync: (@Sendable (String) throws -> Void)?
        let promise: (@Sendable (String) -> Promise<Void>)?

        var testDescription: String { name }
    }

    static let pathMessage = "The argument 'path' must be a string, Uint8Array, or URL without null bytes. Received '<dir>/a\\x00b'"

    static let entries: [BadInput] = [
        // node: fs.readFileSync(dir + '/a\0b'); fs.promises.readFile(dir + '/a\0b')
        BadInput(
            name: "readFile: NUL in the path", code: "ERR_INVALID_ARG_VALUE", message: pathMessage,
            sync: { dir in _ = try fs.readFileSync(dir + "/a\0b") },
            promise: { dir in fs.promises.readFile(dir + "/a\0b").then { _ in } }
        ),
        // node: fs.readFileSync(dir + '/missing.txt', 'utf8')
        BadInput(
            name: "readFile: a missing file", code: "ENOENT", message: "ENOENT: no such file or directory, open '<dir>/missing.txt'",
            sync: { dir in _ = try fs.readFileSync(dir + "/missing.txt", encoding: .utf8) },
            promise: { dir in fs.promises.readFile(dir + "/missing.txt", encoding: .utf8).then { _ in } }
        ),
        // node: fs.readFileSync(dir)
        BadInput(
            name: "readFile: a directory", code: "EISDIR", message: "EISDIR: illegal operation on a directory, read",
            sync: { dir in _ = try fs.readFileSync(dir) },
            promise: { dir in fs.promises.readFile(dir).then { _ in } }
        ),
        // node: fs.readFileSync(dir + '/a.txt', 'bogus'): the encoding is checked first
        BadInput(
            name: "readFile: an unknown encoding", code: "ERR_INVALID_ARG_VALUE",
            message: "The argument 'encoding' is invalid encoding. Received 'bogus'",
            sync: { dir in _ = try fs.readFileSync(dir + "/missing.txt", encoding: "bogus") },
            promise: { dir in fs.promises.readFile(dir + "/missing.txt", encoding: "bogus").then { _ in } }
        ),
        // node: fs.readFileSync(p, {flag: 'q'})
        BadInput(
            name: "readFile: an unknown flag", code: "ERR_INVALID_ARG_VALUE", message: "The argument 'flags' is invalid. Received 'q'",
            sync: { dir in _ = try fs.readFileSync(dir + "/a.txt", flag: "q") },
            promise: { dir in fs.promises.readFile(dir + "/a.txt", flag: "q").then { _ in } }
        ),
        // node: fs.readFileSync(p, {flag: 'a'}): opened for writing only
        BadInput(
            name: "readFile: a write-only flag", code: "EBADF", message: "EBADF: bad file descriptor, read",
            sync: { dir in _ = try fs.readFileSync(dir + "/a.txt", flag: "a") },
            promise: { dir in fs.promises.readFile(dir + "/a.txt", flag: "a").then { _ in } }
        ),
        // node: fs.writeFileSync(p, 'x', {flag: 'wx'}) on an existing file
        BadInput(
            name: "writeFile: wx on an existing file", code: "EEXIST", message: "EEXIST: file already exists, open '<dir>/a.txt'",
            sync: { dir in try fs.writeFileSync(dir + "/a.txt", "x", flag: "wx") },
            promise: { dir in fs.promises.writeFile(dir + "/a.txt", "x", flag: "wx") }
        ),
        // node: fs.writeFileSync(dir + '/nodir/b.txt', Buffer.from('x'))
        BadInput(
            name: "writeFile: a missing parent directory", code: "ENOENT",
            message: "ENOENT: no such file or directory, open '<dir>/nodir/b.txt'",
            sync: { dir in try fs.writeFileSync(dir + "/nodir/b.txt", try Buffer.from("x")) },
            promise: { dir in fs.promises.writeFile(dir + "/nodir/b.txt", Buffer([0x78])) }
        ),
        // node: fs.writeFileSync(dir, 'x')
        BadInput(
            name: "writeFile: a directory", code: "EISDIR", message: "EISDIR: illegal operation on a directory, open '<dir>'",
            sync: { dir in try fs.writeFileSync(dir, "x") },
            promise: { dir in fs.promises.writeFile(dir, "x") }
        ),
        // node: fs.writeFileSync(p, 'x', {mode: 'zz'})
        BadInput(
            name: "writeFile: a mode that is not octal", code: "ERR_INVALID_ARG_VALUE",
            message: "The argument 'mode' must be a 32-bit unsigned integer or an octal string. Received 'zz'",
            sync: { dir in try fs.writeFileSync(dir + "/b.txt", "x", mode: "zz") },
            promise: { dir in fs.promises.writeFile(dir + "/b.txt", "x", mode: "zz") }
        ),
        // node: fs.writeFileSync(p, 'x', 'bogus')
        BadInput(
            name: "writeFile: an unknown encoding", code: "ERR_INVALID_ARG_VALUE",
            message: "The argument 'encoding' is invalid encoding. Received 'bogus'",
            sync: { dir in try fs.writeFileSync(dir + "/b.txt", "x", encoding: "bogus") },
            promise: { dir in fs.promises.writeFile(dir + "/b.txt", "x", encoding: "bogus") }
        ),
        // node: fs.appendFileSync(p, 'x', {flag: 'r'}): opened for reading only
        BadInput(
            name: "appendFile: a read-only flag", code: "EBADF", message: "EBADF: bad file descriptor, write",
            sync: { dir in try fs.appendFileSync(dir + "/a.txt", "x", flag: "r") },
            promise: { dir in fs.promises.appendFile(dir + "/a.txt", "x", flag: "r") }
        ),
        // node: fs.appendFileSync(dir, 'x')
        BadInput(
            name: "appendFile: a directory", code: "EISDIR", message: "EISDIR: illegal operation on a directory, open '<dir>'",
            sync: { dir in try fs.appendFileSync(dir, try Buffer.from("x")) },
            promise: { dir in fs.promises.appendFile(dir, Buffer([0x78])) }
        ),
        // node: fs.readSync(fd, Buffer.alloc(4), 0, 10, 0)
        BadInput(
            name: "readSync: a length past the buffer", code: "ERR_OUT_OF_RANGE",
            message: "The value of \"length\" is out of range. It must be <= 4. Received 10",
            sync: { dir in try withDescriptor(dir) { fd in var buffer = try Buffer.alloc(4); _ = try fs.readSync(fd, into: &buffer, length: 10, position: 0) } },
            promise: nil
        ),
        // node: fs.readSync(fd, Buffer.alloc(4), 5, 1, 0)
        BadInput(
            name: "readSync: an offset past the buffer", code: "ERR_OUT_OF_RANGE",
            message: "The value of \"length\" is out of range. It must be <= -1. Received 1",
            sync: { dir in try withDescriptor(dir) { fd in var buffer = try Buffer.alloc(4); _ = try fs.readSync(fd, into: &buffer, offset: 5, length: 1) } },
            promise: nil
        ),
        // node: fs.readSync(fd, Buffer.alloc(4), -1, 1, 0)
        BadInput(
            name: "readSync: a negative offset", code: "ERR_OUT_OF_RANGE",
            message: "The value of \"offset\" is out of range. It must be >= 0 && <= 9007199254740991. Received -1",
            sync: { dir in try withDescriptor(dir) { fd in var buffer = try Buffer.alloc(4); _ = try fs.readSync(fd, into: &buffer, offset: -1, length: 1) } },
            promise: nil
        ),
        // node: fs.readSync(fd, Buffer.alloc(4), 0, 4, -2)
        BadInput(
            name: "readSync: a position below -1", code: "ERR_OUT_OF_RANGE",
            message: "The value of \"position\" is out of range. It must be >= -1 && <= 9007199254740991. Received -2",
            sync: { dir in try withDescriptor(dir) { fd in _ = try fs.readSync(fd, length: 4, position: -2) } },
            promise: nil
        ),
        // node: fs.readSync(fd, Buffer.alloc(0), 0, 1)
        BadInput(
            name: "readSync: an empty buffer", code: "ERR_INVALID_ARG_VALUE",
            message: "The argument 'buffer' is empty and cannot be written. Received <Buffer >",
            sync: { dir in try withDescriptor(dir) { fd in var buffer = Buffer(); _ = try fs.readSync(fd, into: &buffer, length: 1) } },
            promise: nil
        ),
        // node: fs.readSync(-1, ...); fh.read has no descriptor argument
        BadInput(
            name: "readSync: a negative descriptor", code: "ERR_OUT_OF_RANGE",
            message: "The value of \"fd\" is out of range. It must be >= 0 && <= 2147483647. Received -1",
            sync: { _ in _ = try fs.readSync(-1, length: 4) },
            promise: nil
        ),
        // node: fs.readSync(fd, Buffer.alloc(16384), {length: -1}); filehandle.read({length: -1})
        BadInput(
            name: "read: a negative length", code: "ERR_OUT_OF_RANGE",
            message: "The value of \"length\" is out of range. It must be >= 0. Received -1",
            sync: { dir in try withDescriptor(dir) { fd in _ = try fs.readSync(fd, length: -1) } },
            promise: { dir in withHandle(dir) { file in file.read(length: -1).then { _ in } } }
        ),
        // node: fs.readSync(fd, Buffer.alloc(16384), {length: 0x7fffffff});
        // filehandle.read({length: 0x7fffffff}): the default buffer's 16384 bytes bound the length
        BadInput(
            name: "read: a length beyond the default buffer", code: "ERR_OUT_OF_RANGE",
            message: "The value of \"length\" is out of range. It must be <= 16384. Received 2147483647",
            sync: { dir in try withDescriptor(dir) { fd in _ = try fs.readSync(fd, length: 0x7fffffff) } },
            promise: { dir in withHandle(dir) { file in file.read(length: 0x7fffffff).then { _ in } } }
        ),
        // node: fs.writeSync(fd, Buffer.from('abc'), 4)
        BadInput(
            name: "writeSync: an offset past the buffer", code: "ERR_OUT_OF_RANGE",
            message: "The value of \"offset\" is out of range. It must be <= 3. Received 4",
            sync: { dir in try withDescriptor(dir, "r+") { fd in try fs.writeSync(fd, try Buffer.from("abc"), offset: 4) } },
            promise: nil
        ),
        // node: fs.writeSync(fd, Buffer.from('abc'), 1, 3)
        BadInput(
            name: "writeSync: a length past the buffer", code: "ERR_OUT_OF_RANGE",
            message: "The value of \"length\" is out of range. It must be <= 2. Received 3",
            sync: { dir in try withDescriptor(dir, "r+") { fd in try fs.writeSync(fd, try Buffer.from("abc"), offset: 1, length: 3) } },
            promise: nil
        ),
        // node: fs.writeSync(fd, 'abc', 0, 'hex'); filehandle.write('abc', 0, 'hex')
        BadInput(
            name: "write: hex text of odd length", code: "ERR_INVALID_ARG_VALUE",
            message: "The argument 'encoding' is invalid for data of length 3. Received 'hex'",
            sync: { dir in try withDescriptor(dir, "r+") { fd in try fs.writeSync(fd, "abc", position: 0, encoding: .hex) } },
            promise: { dir in withHandle(dir, "r+") { file in file.write("abc", position: 0, encoding: .hex).then { _ in } } }
        ),
        // node: fs.writeSync(fd, Buffer.from('x')) on a descriptor opened 'r'
        BadInput(
            name: "write: a read-only descriptor", code: "EBADF", message: "EBADF: bad file descriptor, write",
            sync: { dir in try withDescriptor(dir) { fd in try fs.writeSync(fd, try Buffer.from("x")) } },
            promise: { dir in withHandle(dir) { file in file.write(Buffer([0x78])).then { _ in } } }
        ),
        // node: fs.createReadStream(p, {start: 5, end: 2})
        BadInput(
            name: "createReadStream: start after end", code: "ERR_OUT_OF_RANGE",
            message: "The value of \"start\" is out of range. It must be <= \"end\" (here: 2). Received 5",
            sync: { dir in _ = try fs.createReadStream(dir + "/a.txt", start: 5, end: 2) },
            promise: nil
        ),
        // node: fs.createReadStream(p, {start: -1})
        BadInput(
            name: "createReadStream: a negative start", code: "ERR_OUT_OF_RANGE",
            message: "The value of \"start\" is out of range. It must be >= 0 && <= 9007199254740991. Received -1",
            sync: { dir in _ = try fs.createReadStream(dir + "/a.txt", start: -1) },
            promise: nil
        ),
        // node: fs.createReadStream(p, {end: 2 ** 53})
        BadInput(
            name: "createReadStream: an end beyond 2^53 - 1", code: "ERR_OUT_OF_RANGE",
            message: "The value of \"end\" is out of range. It must be >= 0 && <= 9007199254740991. Received 9_007_199_254_740_992",
            sync: { dir in _ = try fs.createReadStream(dir + "/a.txt", end: 1 << 53) },
            promise: nil
        ),
        // node: fs.createReadStream(p, {highWaterMark: -1})
        BadInput(
            name: "createReadStream: a negative highWaterMark", code: "ERR_INVALID_ARG_VALUE",
            message: "The property 'options.highWaterMark' is invalid. Received -1",
            sync: { dir in _ = try fs.createReadStream(dir + "/a.txt", highWaterMark: -1) },
            promise: nil
        ),
        // node: fs.createReadStream(p, {encoding: 'bogus', start: -1}): the encoding is checked first
        BadInput(
            name: "createReadStream: an unknown encoding", code: "ERR_INVALID_ARG_VALUE",
            message: "The argument 'encoding' is invalid encoding. Received 'bogus'",
            sync: { dir in _ = try fs.createReadStream(dir + "/a.txt", encoding: "bogus", start: -1) },
            promise: nil
        ),
        // node: fs.createReadStream(undefined)
        BadInput(
            name: "createReadStream: no path and no fd", code: "ERR_INVALID_ARG_TYPE",
            message: "The \"path\" argument must be of type string or an instance of Buffer or URL. Received undefined",
            sync: { _ in _ = try fs.createReadStream(nil) },
            promise: nil
        ),
        // node: fs.createReadStream(p, {fd: -1})
        BadInput(
            name: "createReadStream: a negative fd", code: "ERR_OUT_OF_RANGE",
            message: "The value of \"fd\" is out of range. It must be >= 0 && <= 2147483647. Received -1",
            sync: { dir in _ = try fs.createReadStream(dir + "/a.txt", fd: -1) },
            promise: nil
        ),
        // node: fs.createReadStream(dir + '/a\0b')
        BadInput(
            name: "createReadStream: NUL in the path", code: "ERR_INVALID_ARG_VALUE", message: pathMessage,
            sync: { dir in _ = try fs.createReadStream(dir + "/a\0b") },
            promise: nil
        ),
        // node: for await (const c of fs.createReadStream(missing)) -> the iteration throws
        BadInput(
            name: "createReadStream: a missing file", code: "ENOENT", message: "ENOENT: no such file or directory, open '<dir>/missing.txt'",
            sync: nil,
            promise: { dir in
                Promise { () async throws in
                    for try await _ in try fs.createReadStream(dir + "/missing.txt") {}
                }
            }
        ),
        // node: fs.createReadStream(p, {mode: 'zz'}) -> 'error' with the mode error
        BadInput(
            name: "createReadStream: a mode that is not octal", code: "ERR_INVALID_ARG_VALUE",
            message: "The argument 'mode' must be a 32-bit unsigned integer or an octal string. Received 'zz'",
            sync: nil,
            promise: { dir in
                Promise { () async throws in
                    for try await _ in try fs.createReadStream(dir + "/a.txt", mode: "zz") {}
                }
            }
        ),
        // node: fs.createWriteStream(p, {flags: 'q'}).write('a', cb) -> cb gets the flags error
        BadInput(
            name: "createWriteStream: an unknown flag", code: "ERR_INVALID_ARG_VALUE", message: "The argument 'flags' is invalid. Received 'q'",
            sync: nil,
            promise: { dir in
                Promise { resolve, reject in
                    let out = try fs.createWriteStream(dir + "/w.txt", flags: "q")
                    out.on(.error) { _ in }
                    out.write("a") { error in if let error { reject(error) } else { resolve(()) } }
                }
            }
        ),
        // node: fs.createWriteStream(dir + '/a\0b')
        BadInput(
            name: "createWriteStream: NUL in the path", code: "ERR_INVALID_ARG_VALUE", message: pathMessage,
            sync: { dir in _ = try fs.createWriteStream(dir + "/a\0b") },
            promise: nil
        ),
        // node: fs.createWriteStream(undefined)
        BadInput(
            name: "createWriteStream: no path and no fd", code: "ERR_INVALID_ARG_TYPE",
            message: "The \"path\" argument must be of type string or an instance of Buffer or URL. Received undefined",
            sync: { _ in _ = try fs.createWriteStream(nil) },
            promise: nil
        ),
        // node: fs.createWriteStream(p, {start: -1})
        BadInput(
            name: "createWriteStream: a negative start", code: "ERR_OUT_OF_RANGE",
            message: "The value of \"start\" is out of range. It must be >= 0 && <= 9007199254740991. Received -1",
            sync: { dir in _ = try fs.createWriteStream(dir + "/w.txt", start: -1) },
            promise: nil
        ),
        // node: fs.createWriteStream(p, {encoding: 'bogus'})
        BadInput(
            name: "createWriteStream: an unknown encoding", code: "ERR_INVALID_ARG_VALUE",
            message: "The argument 'encoding' is invalid encoding. Received 'bogus'",
            sync: { dir in _ = try fs.createWriteStream(dir + "/w.txt", encoding: "bogus") },
            promise: nil
        ),
        // node: fs.createWriteStream(p, {highWaterMark: -1})
        BadInput(
            name: "createWriteStream: a negative highWaterMark", code: "ERR_INVALID_ARG_VALUE",
            message: "The property 'options.highWaterMark' is invalid. Received -1",
            sync: { dir in _ = try fs.createWriteStream(dir + "/w.txt", highWaterMark: -1) },
            promise: nil
        ),
        // node: (await fsPromises.open(p)).close(); fh.readFile() -> EBADF file closed
        BadInput(
            name: "FileHandle: readFile after close", code: "EBADF", message: "file closed",
            sync: nil,
            promise: { dir in
                fs.promises.open(dir + "/a.txt").then { file in file.close().then { file.readFile().then { _ in } } }
            }
        ),
    ]

    @Test(arguments: entries)
    func theSyncFormThrowsAndThePromiseFormRejectsWithNodesError(_ input: BadInput) throws {
        #expect(input.sync != nil || input.promise != nil)
        try ScratchDirectory.with("data") { dir in
            try fs.writeFileSync(dir + "/a.txt", "abc")
            let message = input.message.replacingOccurrences(of: "<dir>", with: dir)
            if let sync = input.sync {
                let error = try #require(throws: NodeError.self) { try sync(dir) }
                #expect(error.code == input.code)
                #expect(error.message == message)
            }
            if let promise = input.promise {
                let error = try DataTestSupport.rejection { promise(dir) }
                #expect(error?.code == input.code)
                #expect(error?.message == message)
            }
        }
    }

    private static func withDescriptor(_ dir: String, _ flags: OpenFlags = "r", _ body: (Int32) throws -> Void) throws {
        let fd = try fs.openSync(dir + "/a.txt", flags)
        defer { try? fs.closeSync(fd) }
        try body(fd)
    }

    private static func withHandle(_ dir: String, _ flags: OpenFlags = "r", _ body: @escaping (FileHandle) -> Promise<Void>) -> Promise<Void> {
        fs.promises.open(dir + "/a.txt", flags).then { file in
            body(file).finally { file.close() }
        }
    }
}
