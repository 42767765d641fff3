import CLibUV

// read and write: one libuv request each, as in Node, with Node's checks on offsets, lengths
// and positions (lib/fs.js `read`, `readSync`, `write`, `writeSync`, and
// lib/internal/fs/utils.js `validateOffsetLengthRead`, `validateOffsetLengthWrite`,
// `validatePosition`).
//
// A request run on the loop reads into, or writes from, memory that must outlive the call:
// ``FileSystemBytes``, which the operation keeps as its `storage` until libuv calls back. A
// synchronous request works on the caller's memory directly.

/// Raw bytes a file-system request reads into or writes from, alive as long as the request
/// holds it.
final class FileSystemBytes {
    let base: UnsafeMutablePointer<UInt8>
    let count: Int

    /// `count` bytes of uninitialized memory, to read into.
    init(count: Int) {
        self.count = count
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: Swift.max(count, 1))
    }

    /// A copy of `bytes`, to write from.
    convenience init(copying bytes: ArraySlice<UInt8>) {
        self.init(count: bytes.count)
        bytes.withUnsafeBufferPointer { source in
            if let source = source.baseAddress { base.update(from: source, count: bytes.count) }
        }
    }

    /// The first `count` bytes as a buffer.
    func buffer(prefix count: Int) -> Buffer {
        Buffer(UnsafeBufferPointer(start: base, count: Swift.min(count, self.count)))
    }

    deinit {
        base.deallocate()
    }
}

/// A file position as Node's fs takes it: nil or a negative value means "the current
/// position", which the read or write then advances.
enum FilePosition {
    /// `Number.MAX_SAFE_INTEGER`: the largest integer a JavaScript number holds exactly.
    static let maxSafeInteger: Int64 = 9_007_199_254_740_991

    /// Node's `validatePosition` for `fs.read` and `fs.readSync`: nil is -1; below -1 is
    /// `ERR_OUT_OF_RANGE`. Node also takes a BigInt position up to 2^63 - 1; a Swift `Int64`
    /// above 2^53 - 1 is taken as that BigInt would be.
    static func checkedForRead(_ position: Int64?) throws -> Int64 {
        guard let position else { return -1 }
        if position < -1 {
            throw NodeError.outOfRange("position", mustBe: ">= -1 && <= \(maxSafeInteger)", received: position)
        }
        return position
    }

    /// Node's `GetOffset` in src/node_file.cc, for every write and for `filehandle.read`: a
    /// position that is not a safe integer is -1, the current position; nothing is rejected.
    static func lenient(_ position: Int64?) -> Int64 {
        guard let position, (-maxSafeInteger...maxSafeInteger).contains(position) else { return -1 }
        return position
    }
}

extension FileSystemCalls {
    // MARK: - Requests

    /// One `uv_fs_read` of up to `length` bytes at `position` into `memory`; its output is the
    /// number of bytes read (0 at the end of the file).
    static func readOperation(
        _ fd: Int32, into memory: UnsafeMutablePointer<UInt8>, length: Int, position: Int64, keeping storage: AnyObject?
    ) -> FileSystemOperation<Int> {
        let operation = FileSystemOperation(syscall: "read", submit: { loop, request, done in
            let bytes = UnsafeMutableRawPointer(memory).assumingMemoryBound(to: CChar.self)
            var buffer = uv_buf_init(bytes, UInt32(truncatingIfNeeded: length))
            return uv_fs_read(loop, request, fd, &buffer, 1, position, done)
        }, output: { request in Int(request.pointee.result) })
        operation.storage = storage
        return operation
    }

    /// One `uv_fs_write` of `length` bytes from `memory` at `position`; its output is the number
    /// of bytes written, which can be fewer than `length`.
    static func writeOperation(
        _ fd: Int32, from memory: UnsafePointer<UInt8>, length: Int, position: Int64, keeping storage: AnyObject?
    ) -> FileSystemOperation<Int> {
        let operation = FileSystemOperation(syscall: "write", submit: { loop, request, done in
            let bytes = UnsafeMutableRawPointer(mutating: memory).assumingMemoryBound(to: CChar.self)
            var buffer = uv_buf_init(bytes, UInt32(truncatingIfNeeded: length))
            return uv_fs_write(loop, request, fd, &buffer, 1, position, done)
        }, output: { request in Int(request.pointee.result) })
        operation.storage = storage
        return operation
    }

    // MARK: - Checks

    /// Node's `length |= 0`: the length as a signed 32-bit integer, so 2^31 becomes -2^31 and
    /// 2^32 + 5 becomes 5, as in Node.
    static func int32Length(_ length: Int) -> Int {
        Int(Int32(truncatingIfNeeded: length))
    }

    /// Node's checks on `readSync(fd, buffer, offset, length, position)` after the descriptor,
    /// in Node's order; nil when `length` is 0 and nothing is read (nor the position checked).
    static func checkedRead(offset: Int, length: Int, bufferLength: Int, position: Int64?) throws -> (length: Int, position: Int64)? {
        try checkOffset(offset)
        let length = int32Length(length)
        if length == 0 { return nil }
        if bufferLength == 0 {
            throw NodeError.invalidArgumentValue("buffer", Buffer(), reason: "is empty and cannot be written")
        }
        try checkOffsetLengthRead(offset: offset, length: length, bufferLength: bufferLength)
        return (length, try FilePosition.checkedForRead(position))
    }

    /// The size of the buffer Node's `fs.read(fd, { length })` and `filehandle.read({ length })`
    /// read into when given none: `Buffer.alloc(16384)`. A read without a buffer of its own
    /// takes at most that many bytes, as in Node.
    static let defaultReadBufferLength = 16_384

    /// Node's `validateOffsetLengthRead`: `length` bytes from `offset` fit in the buffer.
    static func checkOffsetLengthRead(offset: Int, length: Int, bufferLength: Int) throws {
        if length < 0 {
            throw NodeError.outOfRange("length", mustBe: ">= 0", received: Int64(length))
        }
        // Node's `offset + length > bufferLength`, spelled so that no sum can overflow.
        if length > bufferLength - offset {
            throw NodeError.outOfRange("length", mustBe: "<= \(bufferLength - offset)", received: Int64(length))
        }
    }

    /// Node's checks on `write(fd, buffer, offset, length)` after the descriptor; returns the
    /// length (the rest of the buffer when nil).
    static func checkedWrite(offset: Int, length: Int?, bufferLength: Int) throws -> Int {
        try checkOffset(offset)
        let length = length ?? bufferLength - offset
        if offset > bufferLength {
            throw NodeError.outOfRange("offset", mustBe: "<= \(bufferLength)", received: Int64(offset))
        }
        if length > bufferLength - offset {
            throw NodeError.outOfRange("length", mustBe: "<= \(bufferLength - offset)", received: Int64(length))
        }
        if length < 0 {
            throw NodeError.outOfRange("length", mustBe: ">= 0", received: Int64(length))
        }
        if length > Int(Int32.max) {
            throw NodeError.outOfRange("length", mustBe: ">= 0 && <= \(Int32.max)", received: Int64(length))
        }
        return length
    }

    /// Node's `validateInteger(offset, 'offset', 0)`.
    private static func checkOffset(_ offset: Int) throws {
        if offset < 0 || Int64(offset) > FilePosition.maxSafeInteger {
            throw NodeError.outOfRange("offset", mustBe: ">= 0 && <= \(FilePosition.maxSafeInteger)", received: Int64(offset))
        }
    }

    /// The bytes `fs.write(fd, string, position, encoding)` writes. Like Node's `writeString`,
    /// an encoding name Node does not know falls back to UTF-8; hex text of odd length is
    /// `ERR_INVALID_ARG_VALUE` (lib/internal/fs/utils.js `validateEncoding`).
    static func bytesToWrite(_ string: String, _ encoding: BufferEncoding) throws -> [UInt8] {
        let kind = encoding.resolved() ?? .utf8
        let length = string.utf16.count
        if kind == .hex && length % 2 != 0 {
            throw NodeError.invalidArgumentValue("encoding", encoding.name, reason: "is invalid for data of length \(length)")
        }
        return kind.encode(string)
    }

    // MARK: - Calls

    /// Reads up to `length` bytes at `position`, and gives the bytes read: Node's
    /// `fs.read(fd, { length, position })`, whose buffer is the default one, so `length` is
    /// checked against its 16384 bytes. Nil when `length` is 0: the call has nothing to do.
    static func read(_ fd: Int32, length: Int, position: Int64?) throws -> FileSystemCall<Buffer>? {
        try checkDescriptor(fd)
        guard let checked = try checkedRead(
            offset: 0, length: length, bufferLength: defaultReadBufferLength, position: position
        ) else { return nil }
        return readCall(fd, length: checked.length, position: checked.position)
    }

    /// A read of up to `length` (> 0) bytes at a checked `position`.
    static func readCall(_ fd: Int32, length: Int, position: Int64) -> FileSystemCall<Buffer> {
        let memory = FileSystemBytes(count: length)
        let operation = readOperation(fd, into: memory.base, length: length, position: position, keeping: memory)
        return FileSystemCall(operation).map { memory.buffer(prefix: $0) }
    }

    /// Writes `length` bytes of `bytes` from `offset` at `position` (one request, which may
    /// write fewer bytes); gives the number of bytes written.
    static func write(_ fd: Int32, _ bytes: [UInt8], offset: Int, length: Int?, position: Int64?) throws -> FileSystemCall<Int> {
        try checkDescriptor(fd)
        let length = try checkedWrite(offset: offset, length: length, bufferLength: bytes.count)
        return writeCall(fd, bytes[offset..<offset + length], position: FilePosition.lenient(position))
    }

    /// Writes `string` in `encoding` at `position` (one request).
    static func write(_ fd: Int32, _ string: String, position: Int64?, encoding: BufferEncoding) throws -> FileSystemCall<Int> {
        try checkDescriptor(fd)
        let bytes = try bytesToWrite(string, encoding)
        return writeCall(fd, bytes[...], position: FilePosition.lenient(position))
    }

    /// A write of a copy of `bytes`, kept alive until the request completes.
    static func writeCall(_ fd: Int32, _ bytes: ArraySlice<UInt8>, position: Int64) -> FileSystemCall<Int> {
        let memory = FileSystemBytes(copying: bytes)
        return FileSystemCall(writeOperation(fd, from: memory.base, length: memory.count, position: position, keeping: memory))
    }
}

// MARK: - Callback and synchronous forms

extension FileSystem {
    /// Reads up to `length` bytes from an open file (Node's `fs.read`); the callback gets the
    /// bytes read, an empty buffer at the end of the file.
    ///
    /// With `position` nil (or -1) the read starts at the file's current position and advances
    /// it; with a position it starts there and leaves the current position alone.
    ///
    /// ```swift
    /// try fs.read(fd, length: 4, position: 0) { error, bytes in
    ///     console.log(bytes)   // <Buffer 68 65 6c 6c>
    /// }
    /// ```
    ///
    /// Node's callback gets `(err, bytesRead, buffer)` with a buffer it filled in place; a Swift
    /// ``Buffer`` is a value that cannot be filled later, so the callback gets the bytes read
    /// (their count is Node's `bytesRead`). A `length` of 0 reads nothing and calls back with an
    /// empty buffer on the next tick, as Node does. As in Node, `length` is taken as a 32-bit
    /// signed integer (`length |= 0`), and it must fit in the buffer Node reads into when given
    /// none, 16384 bytes; ``readSync(_:into:offset:length:position:)`` reads more at once.
    ///
    /// - Throws: Node's `ERR_OUT_OF_RANGE` for a negative descriptor, a negative length, a length
    ///   above 16384 (`It must be <= 16384`) or a position below -1.
    public func read(_ fd: Int32, length: Int = 16_384, position: Int64? = nil, _ callback: @escaping (NodeError?, Buffer?) throws -> Void) throws {
        guard let call = try FileSystemCalls.read(fd, length: length, position: position) else {
            process.nextTick { try callback(nil, Buffer()) }
            return
        }
        call.callback(callback)
    }

    /// Reads up to `length` bytes from an open file into `buffer` at `offset`, and returns the
    /// number of bytes read (Node's `fs.readSync(fd, buffer, offset, length, position)`).
    ///
    /// `length` nil means the rest of the buffer after `offset`. The checks and their errors are
    /// Node's, word for word:
    ///
    /// ```swift
    /// var buffer = try Buffer.alloc(4)
    /// let count = try fs.readSync(fd, into: &buffer)                   // up to 4 bytes
    /// try fs.readSync(fd, into: &buffer, offset: 0, length: 10)
    /// // RangeError [ERR_OUT_OF_RANGE]: The value of "length" is out of range. It must be <= 4. Received 10
    /// ```
    public func readSync(_ fd: Int32, into buffer: inout Buffer, offset: Int = 0, length: Int? = nil, position: Int64? = nil) throws -> Int {
        try FileSystemCalls.checkDescriptor(fd)
        let capacity = buffer.length
        guard let checked = try FileSystemCalls.checkedRead(
            offset: offset, length: length ?? capacity - offset, bufferLength: capacity, position: position
        ) else { return 0 }
        return try buffer.bytes.withUnsafeMutableBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return 0 }
            return try FileSystemCalls.readOperation(
                fd, into: base + offset, length: checked.length, position: checked.position, keeping: nil
            ).runSync()
        }
    }

    /// Reads up to `length` bytes from an open file and returns them, an empty buffer at the end
    /// of the file (the synchronous form of ``read(_:length:position:_:)``, Node's
    /// `fs.readSync(fd, Buffer.alloc(16384), { length, position })`: at most 16384 bytes).
    public func readSync(_ fd: Int32, length: Int = 16_384, position: Int64? = nil) throws -> Buffer {
        guard let call = try FileSystemCalls.read(fd, length: length, position: position) else { return Buffer() }
        return try call.runSync()
    }

    /// Writes `length` bytes of `buffer` from `offset` to an open file (Node's
    /// `fs.write(fd, buffer, offset, length, position)`); the callback gets the number of bytes
    /// written, which can be fewer than asked.
    ///
    /// With `position` nil the write goes to the current position (the end, for a file opened
    /// with `"a"`). As in Node, a negative position, or one beyond 2^53 - 1, also means the
    /// current position. The bytes are copied at the call, so `buffer` may change meanwhile.
    ///
    /// ```swift
    /// try fs.write(fd, try Buffer.from("hello"), position: 0) { error, written in ... }
    /// ```
    ///
    /// - Throws: Node's `ERR_OUT_OF_RANGE` when `offset` or `length` falls outside `buffer`.
    public func write(
        _ fd: Int32, _ buffer: Buffer, offset: Int = 0, length: Int? = nil, position: Int64? = nil,
        _ callback: @escaping (NodeError?, Int?) throws -> Void
    ) throws {
        try FileSystemCalls.write(fd, buffer.bytes, offset: offset, length: length, position: position).callback(callback)
    }

    /// Writes `string` in `encoding` to an open file (Node's `fs.write(fd, string, position,
    /// encoding)`); the callback gets the number of bytes written.
    ///
    /// As in Node, an encoding name Node does not know writes UTF-8, and hex text of odd length
    /// is rejected: `TypeError [ERR_INVALID_ARG_VALUE]: The argument 'encoding' is invalid for
    /// data of length 3. Received 'hex'`.
    public func write(
        _ fd: Int32, _ string: String, position: Int64? = nil, encoding: BufferEncoding = .utf8,
        _ callback: @escaping (NodeError?, Int?) throws -> Void
    ) throws {
        try FileSystemCalls.write(fd, string, position: position, encoding: encoding).callback(callback)
    }

    /// Writes `length` bytes of `buffer` from `offset` and returns the number of bytes written
    /// (Node's `fs.writeSync`).
    @discardableResult
    public func writeSync(_ fd: Int32, _ buffer: Buffer, offset: Int = 0, length: Int? = nil, position: Int64? = nil) throws -> Int {
        try FileSystemCalls.checkDescriptor(fd)
        let length = try FileSystemCalls.checkedWrite(offset: offset, length: length, bufferLength: buffer.length)
        return try buffer.bytes.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else {
                return try FileSystemCalls.writeCall(fd, [], position: FilePosition.lenient(position)).runSync()
            }
            return try FileSystemCalls.writeOperation(
                fd, from: base + offset, length: length, position: FilePosition.lenient(position), keeping: nil
            ).runSync()
        }
    }

    /// Writes `string` in `encoding` and returns the number of bytes written (Node's
    /// `fs.writeSync(fd, string, position, encoding)`).
    @discardableResult
    public func writeSync(_ fd: Int32, _ string: String, position: Int64? = nil, encoding: BufferEncoding = .utf8) throws -> Int {
        try FileSystemCalls.write(fd, string, position: position, encoding: encoding).runSync()
    }
}
