import CLibUV

// chmod, fchmod, chown, fchown, lchown: a file's permission bits and owner, one libuv request
// each. Node checks the mode and ids before the file descriptor.

extension FileSystemCalls {
    static func chmod(_ path: String, _ mode: FileMode) throws -> FileSystemCall<Void> {
        try checkPath(path)
        let mode = try mode.resolved()
        return FileSystemCall(FileSystemOperation(syscall: "chmod", path: path, submit: { loop, request, done in
            path.withCString { uv_fs_chmod(loop, request, $0, mode, done) }
        }, output: { _ in }))
    }

    static func fchmod(_ fd: Int32, _ mode: FileMode) throws -> FileSystemCall<Void> {
        let mode = try mode.resolved()
        try checkDescriptor(fd)
        return FileSystemCall(FileSystemOperation(syscall: "fchmod", submit: { loop, request, done in
            uv_fs_fchmod(loop, request, fd, mode, done)
        }, output: { _ in }))
    }

    static func chown(_ path: String, _ uid: Int64, _ gid: Int64) throws -> FileSystemCall<Void> {
        try checkPath(path)
        let (uid, gid) = try ownerIDs(uid, gid)
        return FileSystemCall(FileSystemOperation(syscall: "chown", path: path, submit: { loop, request, done in
            path.withCString { uv_fs_chown(loop, request, $0, uid, gid, done) }
        }, output: { _ in }))
    }

    static func fchown(_ fd: Int32, _ uid: Int64, _ gid: Int64) throws -> FileSystemCall<Void> {
        let (uid, gid) = try ownerIDs(uid, gid)
        try checkDescriptor(fd)
        return FileSystemCall(FileSystemOperation(syscall: "fchown", submit: { loop, request, done in
            uv_fs_fchown(loop, request, fd, uid, gid, done)
        }, output: { _ in }))
    }

    static func lchown(_ path: String, _ uid: Int64, _ gid: Int64) throws -> FileSystemCall<Void> {
        try checkPath(path)
        let (uid, gid) = try ownerIDs(uid, gid)
        return FileSystemCall(FileSystemOperation(syscall: "lchown", path: path, submit: { loop, request, done in
            path.withCString { uv_fs_lchown(loop, request, $0, uid, gid, done) }
        }, output: { _ in }))
    }

    /// Node's check on a user or group id: -1 (leave it unchanged) through 2^32 - 1.
    private static func ownerIDs(_ uid: Int64, _ gid: Int64) throws -> (uv_uid_t, uv_gid_t) {
        for (name, id) in [("uid", uid), ("gid", gid)] where !(-1...0xFFFF_FFFF).contains(id) {
            throw NodeError.outOfRange(name, mustBe: ">= -1 && <= 4294967295", received: id)
        }
        // -1 becomes the all-ones id, which chown(2) reads as "unchanged".
        return (uv_uid_t(truncatingIfNeeded: uid), uv_gid_t(truncatingIfNeeded: gid))
    }
}

// MARK: - Callback and synchronous forms

extension FileSystem {
    /// Sets the permission bits of the file at `path`, following symbolic links (Node's
    /// `fs.chmod`). `mode` is a number (`0o644`) or a string of octal digits (`"644"`).
    ///
    /// ```swift
    /// try fs.chmod("run.sh", 0o755) { error in ... }
    /// ```
    public func chmod(_ path: String, _ mode: FileMode, _ callback: @escaping (NodeError?) throws -> Void) throws {
        try FileSystemCalls.chmod(path, mode).callback(callback)
    }

    /// Node's `fs.chmodSync`.
    public func chmodSync(_ path: String, _ mode: FileMode) throws {
        try FileSystemCalls.chmod(path, mode).runSync()
    }

    /// Sets the permission bits of an open file (Node's `fs.fchmod`).
    public func fchmod(_ fd: Int32, _ mode: FileMode, _ callback: @escaping (NodeError?) throws -> Void) throws {
        try FileSystemCalls.fchmod(fd, mode).callback(callback)
    }

    /// Node's `fs.fchmodSync`.
    public func fchmodSync(_ fd: Int32, _ mode: FileMode) throws {
        try FileSystemCalls.fchmod(fd, mode).runSync()
    }

    /// Sets the owner and group of the file at `path`, following symbolic links (Node's
    /// `fs.chown`). -1 leaves an id unchanged; ids outside -1...4294967295 throw Node's
    /// `ERR_OUT_OF_RANGE`.
    public func chown(_ path: String, _ uid: Int64, _ gid: Int64, _ callback: @escaping (NodeError?) throws -> Void) throws {
        try FileSystemCalls.chown(path, uid, gid).callback(callback)
    }

    /// Node's `fs.chownSync`.
    public func chownSync(_ path: String, _ uid: Int64, _ gid: Int64) throws {
        try FileSystemCalls.chown(path, uid, gid).runSync()
    }

    /// Sets the owner and group of an open file (Node's `fs.fchown`).
    public func fchown(_ fd: Int32, _ uid: Int64, _ gid: Int64, _ callback: @escaping (NodeError?) throws -> Void) throws {
        try FileSystemCalls.fchown(fd, uid, gid).callback(callback)
    }

    /// Node's `fs.fchownSync`.
    public func fchownSync(_ fd: Int32, _ uid: Int64, _ gid: Int64) throws {
        try FileSystemCalls.fchown(fd, uid, gid).runSync()
    }

    /// Sets the owner and group of the symbolic link at `path` itself (Node's `fs.lchown`).
    public func lchown(_ path: String, _ uid: Int64, _ gid: Int64, _ callback: @escaping (NodeError?) throws -> Void) throws {
        try FileSystemCalls.lchown(path, uid, gid).callback(callback)
    }

    /// Node's `fs.lchownSync`.
    public func lchownSync(_ path: String, _ uid: Int64, _ gid: Int64) throws {
        try FileSystemCalls.lchown(path, uid, gid).runSync()
    }
}

// MARK: - Promise forms

extension FileSystemPromises {
    /// Node's `fsPromises.chmod`.
    public func chmod(_ path: String, _ mode: FileMode) -> Promise<Void> {
        FileSystemCall.promise { try FileSystemCalls.chmod(path, mode) }
    }

    /// Node's `fsPromises.chown`.
    public func chown(_ path: String, _ uid: Int64, _ gid: Int64) -> Promise<Void> {
        FileSystemCall.promise { try FileSystemCalls.chown(path, uid, gid) }
    }

    /// Node's `fsPromises.lchown`.
    public func lchown(_ path: String, _ uid: Int64, _ gid: Int64) -> Promise<Void> {
        FileSystemCall.promise { try FileSystemCalls.lchown(path, uid, gid) }
    }
}

extension FileHandle {
    /// Sets the file's permission bits (Node's `filehandle.chmod(mode)`, the promise form of
    /// `fs.fchmod`).
    public func chmod(_ mode: FileMode) -> Promise<Void> {
        withDescriptor("FileHandle.chmod", syscall: "fchmod") { try FileSystemCalls.fchmod($0, mode) }
    }

    /// Sets the file's owner and group (Node's `filehandle.chown(uid, gid)`, the promise form
    /// of `fs.fchown`).
    public func chown(_ uid: Int64, _ gid: Int64) -> Promise<Void> {
        withDescriptor("FileHandle.chown", syscall: "fchown") { try FileSystemCalls.fchown($0, uid, gid) }
    }
}
