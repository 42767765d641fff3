import CLibUV

// utimes, futimes, lutimes: a file's access and modification times, one libuv request each.
// Times are seconds since the epoch, with fractions, as the numbers Node accepts. Node also
// accepts a Date and a numeric string; a Swift caller converts those to seconds itself
// (`date.timeIntervalSince1970`, `Double(text)`).

extension FileSystemCalls {
    static func utimes(_ path: String, _ atime: Double, _ mtime: Double) throws -> FileSystemCall<Void> {
        try checkPath(path)
        let atime = try unixTimestamp(atime, argument: "time")
        let mtime = try unixTimestamp(mtime, argument: "time")
        return FileSystemCall(FileSystemOperation(syscall: "utime", path: path, submit: { loop, request, done in
            path.withCString { uv_fs_utime(loop, request, $0, atime, mtime, done) }
        }, output: { _ in }))
    }

    static func futimes(_ fd: Int32, _ atime: Double, _ mtime: Double) throws -> FileSystemCall<Void> {
        let atime = try unixTimestamp(atime, argument: "atime")
        let mtime = try unixTimestamp(mtime, argument: "mtime")
        try checkDescriptor(fd)
        return FileSystemCall(FileSystemOperation(syscall: "futime", submit: { loop, request, done in
            uv_fs_futime(loop, request, fd, atime, mtime, done)
        }, output: { _ in }))
    }

    static func lutimes(_ path: String, _ atime: Double, _ mtime: Double) throws -> FileSystemCall<Void> {
        try checkPath(path)
        let atime = try unixTimestamp(atime, argument: "time")
        let mtime = try unixTimestamp(mtime, argument: "time")
        return FileSystemCall(FileSystemOperation(syscall: "lutime", path: path, submit: { loop, request, done in
            path.withCString { uv_fs_lutime(loop, request, $0, atime, mtime, done) }
        }, output: { _ in }))
    }

    /// Node's `toUnixTimestamp` for a number: a negative time means now (`Date.now() / 1000`),
    /// and NaN or an infinity is `ERR_INVALID_ARG_TYPE`. `utimes` and `lutimes` name both
    /// arguments `time` in that error, `futimes` names them `atime` and `mtime`, as Node does.
    private static func unixTimestamp(_ time: Double, argument name: String) throws -> Double {
        guard time.isFinite else {
            let shown = time.isNaN ? "NaN" : time < 0 ? "-Infinity" : "Infinity"
            throw NodeError.invalidArgumentType(
                name, mustBe: "an instance of Date or an Time in seconds", received: "type number (\(shown))"
            )
        }
        guard time < 0 else { return time }
        var now = uv_timeval64_t()
        uv_gettimeofday(&now)
        let milliseconds = now.tv_sec * 1_000 + Int64(now.tv_usec) / 1_000
        return Double(milliseconds) / 1_000
    }
}

// MARK: - Callback and synchronous forms

extension FileSystem {
    /// Sets the access and modification times of the file at `path`, following symbolic links
    /// (Node's `fs.utimes`). Times are seconds since the epoch (`1_700_000_000.5`); a negative
    /// time means now; NaN and infinities throw Node's `ERR_INVALID_ARG_TYPE`.
    ///
    /// ```swift
    /// try fs.utimes("build.stamp", 0, 1_700_000_000) { error in ... }
    /// ```
    public func utimes(_ path: String, _ atime: Double, _ mtime: Double, _ callback: @escaping (NodeError?) throws -> Void) throws {
        try FileSystemCalls.utimes(path, atime, mtime).callback(callback)
    }

    /// Node's `fs.utimesSync`.
    public func utimesSync(_ path: String, _ atime: Double, _ mtime: Double) throws {
        try FileSystemCalls.utimes(path, atime, mtime).runSync()
    }

    /// Sets the times of an open file (Node's `fs.futimes`).
    public func futimes(_ fd: Int32, _ atime: Double, _ mtime: Double, _ callback: @escaping (NodeError?) throws -> Void) throws {
        try FileSystemCalls.futimes(fd, atime, mtime).callback(callback)
    }

    /// Node's `fs.futimesSync`.
    public func futimesSync(_ fd: Int32, _ atime: Double, _ mtime: Double) throws {
        try FileSystemCalls.futimes(fd, atime, mtime).runSync()
    }

    /// Sets the times of the symbolic link at `path` itself (Node's `fs.lutimes`).
    public func lutimes(_ path: String, _ atime: Double, _ mtime: Double, _ callback: @escaping (NodeError?) throws -> Void) throws {
        try FileSystemCalls.lutimes(path, atime, mtime).callback(callback)
    }

    /// Node's `fs.lutimesSync`.
    public func lutimesSync(_ path: String, _ atime: Double, _ mtime: Double) throws {
        try FileSystemCalls.lutimes(path, atime, mtime).runSync()
    }
}

// MARK: - Promise forms

extension FileSystemPromises {
    /// Node's `fsPromises.utimes`.
    public func utimes(_ path: String, _ atime: Double, _ mtime: Double) -> Promise<Void> {
        FileSystemCall.promise { try FileSystemCalls.utimes(path, atime, mtime) }
    }

    /// Node's `fsPromises.lutimes`.
    public func lutimes(_ path: String, _ atime: Double, _ mtime: Double) -> Promise<Void> {
        FileSystemCall.promise { try FileSystemCalls.lutimes(path, atime, mtime) }
    }
}

extension FileHandle {
    /// Sets the file's access and modification times (Node's `filehandle.utimes(atime,
    /// mtime)`, the promise form of `fs.futimes`). A closed handle rejects with `EBADF` and
    /// the syscall `futimes`, as in Node.
    public func utimes(_ atime: Double, _ mtime: Double) -> Promise<Void> {
        withDescriptor("FileHandle.utimes", syscall: "futimes") { try FileSystemCalls.futimes($0, atime, mtime) }
    }
}
