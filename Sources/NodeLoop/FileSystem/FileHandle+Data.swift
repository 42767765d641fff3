// Reading and writing through a FileHandle: Node's `filehandle.read`, `write`, `readFile`,
// `writeFile` and `appendFile` (lib/internal/fs/promises.js). Each rejects with Node's `EBADF`
// `file closed` error once the handle is closed, naming the method as Node does.

extension FileHandle {
    /// Reads up to `length` bytes and fulfils with the bytes read, an empty buffer at the end of
    /// the file (Node's `filehandle.read({ length, position })`).
    ///
    /// With `position` nil the read starts at the current position and advances it. As in
    /// Node's promise form, a position that is negative or beyond 2^53 - 1 also means the
    /// current position (only `fs.read` rejects one below -1).
    ///
    /// ```swift
    /// let file = try await fs.promises.open("data.bin").value
    /// let header = try await file.read(length: 16, position: 0).value
    /// ```
    ///
    /// Node fulfils with `{ bytesRead, buffer }`, the buffer filled in place; here the bytes
    /// read come back as a new ``Buffer`` (its length is `bytesRead`). As in Node, `length` must
    /// fit in the buffer Node reads into when given none, 16384 bytes, and unlike `fs.read` it is
    /// taken as it is, not cut to 32 bits.
    public func read(length: Int = 16_384, position: Int64? = nil) -> Promise<Buffer> {
        // node: `await filehandle.read({ length: 0 })` fulfils with 0 bytes without a request.
        if length == 0 && isOpen("FileHandle.read") { return Promise.resolve(Buffer()) }
        return withDescriptor("FileHandle.read", syscall: "read") { fd in
            try FileSystemCalls.checkOffsetLengthRead(
                offset: 0, length: length, bufferLength: FileSystemCalls.defaultReadBufferLength
            )
            return FileSystemCalls.readCall(fd, length: length, position: FilePosition.lenient(position))
        }
    }

    /// Writes all of `buffer`, or as much as one write takes, and fulfils with the number of
    /// bytes written (Node's `filehandle.write(buffer, 0, buffer.length, position)`).
    ///
    /// With `position` nil the write goes to the current position (the end, for a file opened
    /// with `"a"`). An empty buffer fulfils with 0 at once, as in Node.
    public func write(_ buffer: Buffer, position: Int64? = nil) -> Promise<Int> {
        if buffer.isEmpty && isOpen("FileHandle.write") { return Promise.resolve(0) }
        return withDescriptor("FileHandle.write", syscall: "write") { fd in
            // Node's check: one write takes at most 2 GiB - 1 bytes.
            _ = try FileSystemCalls.checkedWrite(offset: 0, length: nil, bufferLength: buffer.length)
            return FileSystemCalls.writeCall(fd, buffer.bytes[...], position: FilePosition.lenient(position))
        }
    }

    /// Writes `string` in `encoding` and fulfils with the number of bytes written (Node's
    /// `filehandle.write(string, position, encoding)`).
    ///
    /// As in Node, an encoding name Node does not know writes UTF-8, and hex text of odd length
    /// rejects with `ERR_INVALID_ARG_VALUE`.
    public func write(_ string: String, position: Int64? = nil, encoding: BufferEncoding = .utf8) -> Promise<Int> {
        withDescriptor("FileHandle.write", syscall: "write") { fd in
            try FileSystemCalls.write(fd, string, position: position, encoding: encoding)
        }
    }

    /// Reads from the current position to the end of the file (Node's `filehandle.readFile()`).
    ///
    /// Like Node's, it starts where earlier reads left off, not at the start of the file.
    public func readFile() -> Promise<Buffer> {
        withDescriptor("FileHandle.readFile", syscall: "readFile") { fd in
            FileSystemCall(composite: { try FileSystemCalls.readAll(fd) })
        }
    }

    /// Reads from the current position to the end of the file as text in `encoding` (Node's
    /// `filehandle.readFile(encoding)`); an unknown encoding rejects with
    /// `ERR_INVALID_ARG_VALUE`.
    public func readFile(encoding: BufferEncoding) -> Promise<String> {
        withDescriptor("FileHandle.readFile", syscall: "readFile") { fd in
            let kind = try encoding.validatedForFileSystem()
            return FileSystemCall(composite: { kind.decode(try FileSystemCalls.readAll(fd).bytes[...]) })
        }
    }

    /// Writes all of `data` from the current position (Node's `filehandle.writeFile(data)`).
    ///
    /// Like Node's, it neither truncates nor seeks: after earlier writes, or on a file opened
    /// with `"r+"`, it overwrites from where the file's position is.
    public func writeFile(_ data: Buffer) -> Promise<Void> {
        writeAll("FileHandle.writeFile", data.bytes, syscall: "writeFile")
    }

    /// Writes all of `data` in `encoding` from the current position (Node's
    /// `filehandle.writeFile(string, encoding)`).
    public func writeFile(_ data: String, encoding: BufferEncoding = .utf8) -> Promise<Void> {
        writeAll("FileHandle.writeFile", data, encoding: encoding, syscall: "writeFile")
    }

    /// Writes all of `data` (Node's `filehandle.appendFile(data)`): the same as ``writeFile(_:)``,
    /// since where the bytes go depends on how the file was opened (open it with `"a"` to
    /// append). Like Node, a closed handle's error names `writeFile`.
    public func appendFile(_ data: Buffer) -> Promise<Void> {
        writeAll("FileHandle.appendFile", data.bytes, syscall: "writeFile")
    }

    /// Writes all of `data` in `encoding` (Node's `filehandle.appendFile(string, encoding)`).
    public func appendFile(_ data: String, encoding: BufferEncoding = .utf8) -> Promise<Void> {
        writeAll("FileHandle.appendFile", data, encoding: encoding, syscall: "writeFile")
    }

    private func writeAll(_ api: StaticString, _ bytes: [UInt8], syscall: String) -> Promise<Void> {
        withDescriptor(api, syscall: syscall) { fd in
            FileSystemCall(composite: { try FileSystemCalls.writeAll(fd, bytes) })
        }
    }

    private func writeAll(
        _ api: StaticString, _ text: String, encoding: BufferEncoding, syscall: String
    ) -> Promise<Void> {
        withDescriptor(api, syscall: syscall) { fd in
            let bytes = try FileSystemCalls.encoded(text, encoding)
            return FileSystemCall(composite: { try FileSystemCalls.writeAll(fd, bytes) })
        }
    }
}
