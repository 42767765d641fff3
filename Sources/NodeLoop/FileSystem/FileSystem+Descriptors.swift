import CLibUV

// open, close, stat, lstat, fstat, fsync, fdatasync, ftruncate, truncate: the calls on one file
// that Node makes as one libuv request each.

extension FileSystemCalls {
    static func open(_ path: String, _ flags: OpenFlags, _ mode: FileMode) throws -> FileSystemCall<Int32> {
        try checkPath(path)
        let flags = try flags.resolved()
        let mode = try mode.resolved()
        return FileSystemCall(FileSystemOperation(syscall: "open", path: path, submit: { loop, request, done in
            path.withCString { uv_fs_open(loop, request, $0, flags, mode, done) }
        }, output: { request in Int32(truncatingIfNeeded: request.pointee.result) }))
    }

    static func close(_ fd: Int32) throws -> FileSystemCall<Void> {
        try checkDescriptor(fd)
        return FileSystemCall(FileSystemOperation(syscall: "close", submit: { loop, request, done in
            uv_fs_close(loop, request, fd, done)
        }, output: { _ in }))
    }

    static func stat(_ path: String) throws -> FileSystemCall<Stats> {
        try checkPath(path)
        return FileSystemCall(FileSystemOperation(syscall: "stat", path: path, submit: { loop, request, done in
            path.withCString { uv_fs_stat(loop, request, $0, done) }
        }, output: { request in Stats(request.pointee.statbuf) }))
    }

    static func lstat(_ path: String) throws -> FileSystemCall<Stats> {
        try checkPath(path)
        return FileSystemCall(FileSystemOperation(syscall: "lstat", path: path, submit: { loop, request, done in
            path.withCString { uv_fs_lstat(loop, request, $0, done) }
        }, output: { request in Stats(request.pointee.statbuf) }))
    }

    static func fstat(_ fd: Int32) throws -> FileSystemCall<Stats> {
        try checkDescriptor(fd)
        return FileSystemCall(FileSystemOperation(syscall: "fstat", submit: { loop, request, done in
            uv_fs_fstat(loop, request, fd, done)
        }, output: { request in Stats(request.pointee.statbuf) }))
    }

    static func fsync(_ fd: Int32) throws -> FileSystemCall<Void> {
        try checkDescriptor(fd)
        return FileSystemCall(FileSystemOperation(syscall: "fsync", submit: { loop, request, done in
            uv_fs_fsync(loop, request, fd, done)
        }, output: { _ in }))
    }

    static func fdatasync(_ fd: Int32) throws -> FileSystemCall<Void> {
        try checkDescriptor(fd)
        return FileSystemCall(FileSystemOperation(syscall: "fdatasync", submit: { loop, request, done in
            uv_fs_fdatasync(loop, request, fd, done)
        }, output: { _ in }))
    }

    /// Node's `validateInteger(len, 'len')` then `MathMax(0, len)`: a length beyond the safe
    /// integers is `ERR_OUT_OF_RANGE`, a negative one truncates to 0.
    static func checkedTruncateLength(_ length: Int64) throws -> Int64 {
        let limit = FilePosition.maxSafeInteger
        guard (-limit...limit).contains(length) else {
            throw NodeError.outOfRange("len", mustBe: ">= -\(limit) && <= \(limit)", received: length)
        }
        return Swift.max(0, length)
    }

    /// As Node's `ftruncate`, the length is checked before the descriptor.
    static func ftruncate(_ fd: Int32, _ length: Int64) throws -> FileSystemCall<Void> {
        let length = try checkedTruncateLength(length)
        try checkDescriptor(fd)
        return FileSystemCall(FileSystemOperation(syscall: "ftruncate", submit: { loop, request, done in
            uv_fs_ftruncate(loop, request, fd, length, done)
        }, output: { _ in }))
    }

    /// Node truncates a path by opening it for writing, truncating the descriptor and closing
    /// it; errors name `open` or `ftruncate` as Node's do. The length is checked by `ftruncate`,
    /// once the file is open, as in Node's synchronous and promise forms.
    static func truncate(_ path: String, _ length: Int64) throws -> FileSystemCall<Void> {
        try checkPath(path)
        return FileSystemCall(composite: {
            let fd = try open(path, "r+", 0o666).runSync()
            defer { _ = try? close(fd).runSync() }
            try ftruncate(fd, length).runSync()
        })
    }
}

// MARK: - Callback and synchronous forms

extension FileSystem {
    /// Opens the file at `path` (Node's `fs.open`); the callback gets the file descriptor.
    ///
    /// ```swift
    /// try fs.open("notes.txt", "a") { error, fd in ... }
    /// ```
    public func open(_ path: String, _ flags: OpenFlags = "r", _ mode: FileMode = 0o666, _ callback: @escaping (NodeError?, Int32?) throws -> Void) throws {
        try FileSystemCalls.open(path, flags, mode).callback(callback)
    }

    /// Opens the file at `path` and returns its descriptor (Node's `fs.openSync`).
    public func openSync(_ path: String, _ flags: OpenFlags = "r", _ mode: FileMode = 0o666) throws -> Int32 {
        try FileSystemCalls.open(path, flags, mode).runSync()
    }

    /// Closes a file descriptor (Node's `fs.close`).
    public func close(_ fd: Int32, _ callback: @escaping (NodeError?) throws -> Void = { _ in }) throws {
        try FileSystemCalls.close(fd).callback(callback)
    }

    /// Closes a file descriptor (Node's `fs.closeSync`).
    public func closeSync(_ fd: Int32) throws {
        try FileSystemCalls.close(fd).runSync()
    }

    /// Reads the status of the file at `path`, following symbolic links (Node's `fs.stat`).
    public func stat(_ path: String, _ callback: @escaping (NodeError?, Stats?) throws -> Void) throws {
        try FileSystemCalls.stat(path).callback(callback)
    }

    /// Node's `fs.statSync`.
    public func statSync(_ path: String) throws -> Stats {
        try FileSystemCalls.stat(path).runSync()
    }

    /// Reads the status of the link itself at `path` (Node's `fs.lstat`).
    public func lstat(_ path: String, _ callback: @escaping (NodeError?, Stats?) throws -> Void) throws {
        try FileSystemCalls.lstat(path).callback(callback)
    }

    /// Node's `fs.lstatSync`.
    public func lstatSync(_ path: String) throws -> Stats {
        try FileSystemCalls.lstat(path).runSync()
    }

    /// Reads the status of an open file (Node's `fs.fstat`).
    public func fstat(_ fd: Int32, _ callback: @escaping (NodeError?, Stats?) throws -> Void) throws {
        try FileSystemCalls.fstat(fd).callback(callback)
    }

    /// Node's `fs.fstatSync`.
    public func fstatSync(_ fd: Int32) throws -> Stats {
        try FileSystemCalls.fstat(fd).runSync()
    }

    /// Flushes an open file's data and metadata to storage (Node's `fs.fsync`).
    public func fsync(_ fd: Int32, _ callback: @escaping (NodeError?) throws -> Void) throws {
        try FileSystemCalls.fsync(fd).callback(callback)
    }

    /// Node's `fs.fsyncSync`.
    public func fsyncSync(_ fd: Int32) throws {
        try FileSystemCalls.fsync(fd).runSync()
    }

    /// Flushes an open file's data to storage (Node's `fs.fdatasync`).
    public func fdatasync(_ fd: Int32, _ callback: @escaping (NodeError?) throws -> Void) throws {
        try FileSystemCalls.fdatasync(fd).callback(callback)
    }

    /// Node's `fs.fdatasyncSync`.
    public func fdatasyncSync(_ fd: Int32) throws {
        try FileSystemCalls.fdatasync(fd).runSync()
    }

    /// Cuts or extends an open file to `length` bytes (Node's `fs.ftruncate`).
    ///
    /// As in Node, a negative `length` truncates to 0, and one beyond ±(2^53 - 1) throws
    /// `ERR_OUT_OF_RANGE` (checked before the descriptor).
    public func ftruncate(_ fd: Int32, _ length: Int64 = 0, _ callback: @escaping (NodeError?) throws -> Void) throws {
        try FileSystemCalls.ftruncate(fd, length).callback(callback)
    }

    /// Node's `fs.ftruncateSync`.
    public func ftruncateSync(_ fd: Int32, _ length: Int64 = 0) throws {
        try FileSystemCalls.ftruncate(fd, length).runSync()
    }

    /// Cuts or extends the file at `path` to `length` bytes (Node's `fs.truncate`).
    ///
    /// As in Node, a negative `length` truncates to 0, and one beyond ±(2^53 - 1) throws
    /// `ERR_OUT_OF_RANGE` at the call, before the path is looked at (the synchronous and
    /// promise forms open the file first, as Node's do, and report it after that).
    public func truncate(_ path: String, _ length: Int64 = 0, _ callback: @escaping (NodeError?) throws -> Void) throws {
        _ = try FileSystemCalls.checkedTruncateLength(length)
        try FileSystemCalls.truncate(path, length).callback(callback)
    }

    /// Node's `fs.truncateSync`.
    public func truncateSync(_ path: String, _ length: Int64 = 0) throws {
        try FileSystemCalls.truncate(path, length).runSync()
    }
}

// MARK: - Promise forms

extension FileSystemPromises {
    /// Opens the file at `path` and fulfils with a ``FileHandle`` (Node's `fsPromises.open`).
    public func open(_ path: String, _ flags: OpenFlags = "r", _ mode: FileMode = 0o666) -> Promise<FileHandle> {
        FileSystemCall.promise { try FileSystemCalls.open(path, flags, mode).map(FileHandle.init) }
    }

    /// Node's `fsPromises.stat`.
    public func stat(_ path: String) -> Promise<Stats> {
        FileSystemCall.promise { try FileSystemCalls.stat(path) }
    }

    /// Node's `fsPromises.lstat`.
    public func lstat(_ path: String) -> Promise<Stats> {
        FileSystemCall.promise { try FileSystemCalls.lstat(path) }
    }

    /// Node's `fsPromises.truncate`.
    public func truncate(_ path: String, _ length: Int64 = 0) -> Promise<Void> {
        FileSystemCall.promise { try FileSystemCalls.truncate(path, length) }
    }
}
