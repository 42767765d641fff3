// readFile, writeFile, appendFile: the calls on a whole file that Node makes of several
// requests (open, fstat, read until the end, close; or open, write until all is written,
// close). The synchronous forms run the steps here, from the one-request calls; the callback
// and promise forms make the same requests one after another on the loop
// (`WholeFileSteps.swift`). The descriptor is closed on every path;
// a failure to close is reported only when everything before it succeeded, as Node's
// `readFile` reports it.

extension FileSystemCalls {
    /// Node's `kIoMaxLength`: the most one read or one buffer holds (2 GiB - 1).
    static let ioMaxLength = Int(Int32.max)

    /// What `readFile` reads on a file of size 0 or unknown size (a directory, `/proc` files),
    /// one read at a time until a read gives nothing.
    static let unknownSizeChunk = 64 * 1024

    /// Reads `path` whole: its bytes, or the text they decode to in `decodingAs`.
    ///
    /// Node checks the flags before the path in the callback form (lib/fs.js `readFile`) and
    /// after it in the synchronous and promise forms; `flagsFirst` picks the order.
    static func readFile(_ path: String, _ flags: OpenFlags, flagsFirst: Bool = false) throws -> FileSystemCall<Buffer> {
        if flagsFirst { _ = try flags.resolved() }
        try checkPath(path)
        _ = try flags.resolved()
        return FileSystemCall(
            runSync: { try withOpenFile(path, flags, 0o666) { fd in try readAll(fd) } },
            start: { loop, completion in startReadFile(on: loop, path, flags, completion: completion) }
        )
    }

    /// Reads `path` whole and decodes it; the encoding is checked first, as in Node.
    static func readFile(_ path: String, encoding: BufferEncoding, _ flags: OpenFlags, flagsFirst: Bool = false) throws -> FileSystemCall<String> {
        let kind = try encoding.validatedForFileSystem()
        if flagsFirst { _ = try flags.resolved() }
        try checkPath(path)
        _ = try flags.resolved()
        return try readFile(path, flags).map { buffer in kind.decode(buffer.bytes[...]) }
    }

    /// Writes `bytes` to `path` through a descriptor opened with `flags` and `mode`.
    static func writeFile(_ path: String, _ bytes: [UInt8], _ flags: OpenFlags, _ mode: FileMode) throws -> FileSystemCall<Void> {
        try checkPath(path)
        _ = try flags.resolved()
        _ = try mode.resolved()
        return FileSystemCall(
            runSync: { try withOpenFile(path, flags, mode) { fd in try writeAll(fd, bytes) } },
            start: { loop, completion in startWriteFile(on: loop, path, bytes, flags, mode, completion: completion) }
        )
    }

    /// The bytes `writeFile` writes for `text`: Node's `Buffer.from(data, encoding)`, after
    /// Node's `fs` check of the encoding name.
    static func encoded(_ text: String, _ encoding: BufferEncoding) throws -> [UInt8] {
        try encoding.validatedForFileSystem().encode(text)
    }

    /// Node's `options.flag || fallback`: an empty flag string, or the number 0, means the
    /// function's default.
    static func flags(_ flags: OpenFlags, orDefault fallback: OpenFlags) -> OpenFlags {
        flags == "" || flags == OpenFlags(rawValue: 0) ? fallback : flags
    }

    // MARK: - Steps

    /// Opens `path`, runs `body` on the descriptor and closes it, whatever `body` did.
    static func withOpenFile<Output>(_ path: String, _ flags: OpenFlags, _ mode: FileMode, _ body: (Int32) throws -> Output) throws -> Output {
        let fd = try open(path, flags, mode).runSync()
        let outcome = Result { try body(fd) }
        let closing = Result { try close(fd).runSync() }
        let output = try outcome.get()
        try closing.get()
        return output
    }

    /// Reads from the current position of `fd` to the end of the file, as Node's `readFile`:
    /// a regular file's size, from `fstat`, bounds the read (`ERR_FS_FILE_TOO_LARGE` beyond
    /// 2 GiB); any other file is read until a read gives nothing.
    static func readAll(_ fd: Int32) throws -> Buffer {
        let stats = try fstat(fd).runSync()
        let size = stats.isFile() ? stats.size : 0
        if size > ioMaxLength {
            throw NodeError("File size (\(stats.size)) is greater than 2 GiB", name: "RangeError", code: "ERR_FS_FILE_TOO_LARGE")
        }
        if size == 0 { return try readUntilEmpty(fd) }
        let bytes = try [UInt8](unsafeUninitializedCapacity: size) { memory, count in
            count = 0
            guard let base = memory.baseAddress else { return }
            while count < size {
                let read = try readOperation(fd, into: base + count, length: size - count, position: -1, keeping: nil).runSync()
                if read == 0 { break }
                count += read
            }
        }
        return Buffer(bytes)
    }

    /// Reads `fd` chunk by chunk until a read gives nothing: for files whose size the kernel
    /// does not know (it reports 0 for most `/proc` files).
    private static func readUntilEmpty(_ fd: Int32) throws -> Buffer {
        var bytes: [UInt8] = []
        let chunk = FileSystemBytes(count: unknownSizeChunk)
        while true {
            let read = try readOperation(fd, into: chunk.base, length: chunk.count, position: -1, keeping: nil).runSync()
            if read == 0 { break }
            bytes.append(contentsOf: UnsafeBufferPointer(start: chunk.base, count: read))
        }
        return Buffer(bytes)
    }

    /// Writes all of `bytes` at the current position of `fd`, one write after another until
    /// the last byte is written (a write can take fewer bytes than it is given).
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) throws {
        try bytes.withUnsafeBufferPointer { memory in
            guard let base = memory.baseAddress else { return }
            var written = 0
            while written < memory.count {
                let length = Swift.min(memory.count - written, ioMaxLength)
                written += try writeOperation(fd, from: base + written, length: length, position: -1, keeping: nil).runSync()
            }
        }
    }
}

// MARK: - Callback and synchronous forms

extension FileSystem {
    /// Reads the whole file at `path` (Node's `fs.readFile(path, callback)`); the callback gets
    /// its bytes.
    ///
    /// ```swift
    /// try fs.readFile("photo.jpg") { error, bytes in
    ///     if let error { console.log(error.code); return }   // ENOENT
    ///     console.log(bytes!.length)
    /// }
    /// ```
    ///
    /// Like Node, it opens, stats, reads (in chunks of up to 512 KiB) and closes in separate
    /// requests, each completing in a poll phase, so its callback comes after an immediate
    /// queued with it, as Node's does. Files whose size the kernel does not report (`/proc` files) are read
    /// until a read gives nothing. Errors are Node's: `ENOENT: no such file or directory, open
    /// 'x'`, and for a directory `EISDIR: illegal operation on a directory, read`.
    ///
    /// - Throws: Node's argument errors for a bad flag or a NUL byte in `path`.
    public func readFile(_ path: String, flag: OpenFlags = "r", _ callback: @escaping (NodeError?, Buffer?) throws -> Void) throws {
        try FileSystemCalls.readFile(path, flag, flagsFirst: true).callback(callback)
    }

    /// Reads the whole file at `path` as text in `encoding` (Node's `fs.readFile(path,
    /// encoding, callback)`).
    ///
    /// ```swift
    /// try fs.readFile("notes.txt", encoding: .utf8) { error, text in console.log(text) }
    /// ```
    ///
    /// - Throws: `TypeError [ERR_INVALID_ARG_VALUE]: The argument 'encoding' is invalid
    ///   encoding. Received 'bogus'` for an encoding Node does not know. Node's empty encoding
    ///   name means "no encoding" and gives bytes; here it decodes UTF-8, since this form gives
    ///   text (use ``readFile(_:flag:_:)`` for bytes).
    public func readFile(
        _ path: String, encoding: BufferEncoding, flag: OpenFlags = "r", _ callback: @escaping (NodeError?, String?) throws -> Void
    ) throws {
        try FileSystemCalls.readFile(path, encoding: encoding, flag, flagsFirst: true).callback(callback)
    }

    /// Node's `fs.readFileSync(path)`: the file's bytes.
    public func readFileSync(_ path: String, flag: OpenFlags = "r") throws -> Buffer {
        try FileSystemCalls.readFile(path, flag).runSync()
    }

    /// Node's `fs.readFileSync(path, encoding)`: the file's text.
    public func readFileSync(_ path: String, encoding: BufferEncoding, flag: OpenFlags = "r") throws -> String {
        try FileSystemCalls.readFile(path, encoding: encoding, flag).runSync()
    }

    /// Writes `data` to the file at `path`, replacing it (Node's `fs.writeFile`); the file is
    /// created with `mode` if missing.
    ///
    /// ```swift
    /// try fs.writeFile("out.bin", try Buffer.from("00ff", .hex)) { error in ... }
    /// try fs.writeFile("new.txt", data, flag: "wx") { error in }   // EEXIST if it exists
    /// ```
    ///
    /// An empty `flag` means `"w"`, as in Node.
    public func writeFile(
        _ path: String, _ data: Buffer, mode: FileMode = 0o666, flag: OpenFlags = "w", _ callback: @escaping (NodeError?) throws -> Void
    ) throws {
        try FileSystemCalls.writeFile(path, data.bytes, FileSystemCalls.flags(flag, orDefault: "w"), mode).callback(callback)
    }

    /// Writes `data` in `encoding` to the file at `path`, replacing it (Node's
    /// `fs.writeFile(path, string, options)`).
    ///
    /// ```swift
    /// try fs.writeFile("hello.txt", "héllo") { error in ... }
    /// try fs.writeFile("hello.txt", "aGk=", encoding: .base64) { error in ... }   // "hi"
    /// ```
    ///
    /// - Throws: `ERR_INVALID_ARG_VALUE` for an encoding Node does not know, a bad flag or mode
    ///   or a NUL byte in `path`.
    public func writeFile(
        _ path: String, _ data: String, encoding: BufferEncoding = .utf8, mode: FileMode = 0o666, flag: OpenFlags = "w",
        _ callback: @escaping (NodeError?) throws -> Void
    ) throws {
        let bytes = try FileSystemCalls.encoded(data, encoding)
        try FileSystemCalls.writeFile(path, bytes, FileSystemCalls.flags(flag, orDefault: "w"), mode).callback(callback)
    }

    /// Node's `fs.writeFileSync(path, buffer)`.
    public func writeFileSync(_ path: String, _ data: Buffer, mode: FileMode = 0o666, flag: OpenFlags = "w") throws {
        try FileSystemCalls.writeFile(path, data.bytes, FileSystemCalls.flags(flag, orDefault: "w"), mode).runSync()
    }

    /// Node's `fs.writeFileSync(path, string, options)`.
    public func writeFileSync(_ path: String, _ data: String, encoding: BufferEncoding = .utf8, mode: FileMode = 0o666, flag: OpenFlags = "w") throws {
        let bytes = try FileSystemCalls.encoded(data, encoding)
        try FileSystemCalls.writeFile(path, bytes, FileSystemCalls.flags(flag, orDefault: "w"), mode).runSync()
    }

    /// Adds `data` to the end of the file at `path`, creating it if missing (Node's
    /// `fs.appendFile`): ``writeFile(_:_:mode:flag:_:)`` with the flag `"a"`.
    public func appendFile(
        _ path: String, _ data: Buffer, mode: FileMode = 0o666, flag: OpenFlags = "a", _ callback: @escaping (NodeError?) throws -> Void
    ) throws {
        try writeFile(path, data, mode: mode, flag: FileSystemCalls.flags(flag, orDefault: "a"), callback)
    }

    /// Adds `data` in `encoding` to the end of the file at `path` (Node's `fs.appendFile`).
    ///
    /// ```swift
    /// try fs.appendFile("log.txt", "started\n") { error in ... }
    /// ```
    public func appendFile(
        _ path: String, _ data: String, encoding: BufferEncoding = .utf8, mode: FileMode = 0o666, flag: OpenFlags = "a",
        _ callback: @escaping (NodeError?) throws -> Void
    ) throws {
        try writeFile(path, data, encoding: encoding, mode: mode, flag: FileSystemCalls.flags(flag, orDefault: "a"), callback)
    }

    /// Node's `fs.appendFileSync(path, buffer)`.
    public func appendFileSync(_ path: String, _ data: Buffer, mode: FileMode = 0o666, flag: OpenFlags = "a") throws {
        try writeFileSync(path, data, mode: mode, flag: FileSystemCalls.flags(flag, orDefault: "a"))
    }

    /// Node's `fs.appendFileSync(path, string, options)`.
    public func appendFileSync(_ path: String, _ data: String, encoding: BufferEncoding = .utf8, mode: FileMode = 0o666, flag: OpenFlags = "a") throws {
        try writeFileSync(path, data, encoding: encoding, mode: mode, flag: FileSystemCalls.flags(flag, orDefault: "a"))
    }
}

// MARK: - Promise forms

extension FileSystemPromises {
    /// Node's `fsPromises.readFile(path)`: fulfils with the file's bytes. An empty `flag` means
    /// `"r"` here, as in Node's promise form.
    public func readFile(_ path: String, flag: OpenFlags = "r") -> Promise<Buffer> {
        FileSystemCall.promise { try FileSystemCalls.readFile(path, FileSystemCalls.flags(flag, orDefault: "r")) }
    }

    /// Node's `fsPromises.readFile(path, encoding)`: fulfils with the file's text. An unknown
    /// encoding rejects with `ERR_INVALID_ARG_VALUE`.
    public func readFile(_ path: String, encoding: BufferEncoding, flag: OpenFlags = "r") -> Promise<String> {
        FileSystemCall.promise { try FileSystemCalls.readFile(path, encoding: encoding, FileSystemCalls.flags(flag, orDefault: "r")) }
    }

    /// Node's `fsPromises.writeFile(path, buffer, options)`.
    public func writeFile(_ path: String, _ data: Buffer, mode: FileMode = 0o666, flag: OpenFlags = "w") -> Promise<Void> {
        FileSystemCall.promise { try FileSystemCalls.writeFile(path, data.bytes, FileSystemCalls.flags(flag, orDefault: "w"), mode) }
    }

    /// Node's `fsPromises.writeFile(path, string, options)`.
    public func writeFile(_ path: String, _ data: String, encoding: BufferEncoding = .utf8, mode: FileMode = 0o666, flag: OpenFlags = "w") -> Promise<Void> {
        FileSystemCall.promise {
            try FileSystemCalls.writeFile(path, FileSystemCalls.encoded(data, encoding), FileSystemCalls.flags(flag, orDefault: "w"), mode)
        }
    }

    /// Node's `fsPromises.appendFile(path, buffer, options)`.
    public func appendFile(_ path: String, _ data: Buffer, mode: FileMode = 0o666, flag: OpenFlags = "a") -> Promise<Void> {
        writeFile(path, data, mode: mode, flag: FileSystemCalls.flags(flag, orDefault: "a"))
    }

    /// Node's `fsPromises.appendFile(path, string, options)`.
    public func appendFile(_ path: String, _ data: String, encoding: BufferEncoding = .utf8, mode: FileMode = 0o666, flag: OpenFlags = "a") -> Promise<Void> {
        writeFile(path, data, encoding: encoding, mode: mode, flag: FileSystemCalls.flags(flag, orDefault: "a"))
    }
}
