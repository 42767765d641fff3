import CLibUV

// unlink, rename, copyFile, access, existsSync: the calls on a path (or two) that Node makes as
// one libuv request each. Errors with two paths name both: `rename 'a' -> 'b'`.

extension FileSystemCalls {
    static func unlink(_ path: String) throws -> FileSystemCall<Void> {
        try checkPath(path)
        return FileSystemCall(FileSystemOperation(syscall: "unlink", path: path, submit: { loop, request, done in
            path.withCString { uv_fs_unlink(loop, request, $0, done) }
        }, output: { _ in }))
    }

    static func rename(_ oldPath: String, _ newPath: String) throws -> FileSystemCall<Void> {
        try checkPath(oldPath, argument: "oldPath")
        try checkPath(newPath, argument: "newPath")
        return FileSystemCall(FileSystemOperation(syscall: "rename", path: oldPath, dest: newPath, submit: { loop, request, done in
            oldPath.withCString { oldPathPointer in newPath.withCString { uv_fs_rename(loop, request, oldPathPointer, $0, done) } }
        }, output: { _ in }))
    }

    static func copyFile(_ src: String, _ dest: String, _ mode: Int32) throws -> FileSystemCall<Void> {
        try checkPath(src, argument: "src")
        try checkPath(dest, argument: "dest")
        try checkOperationMode(mode)
        return FileSystemCall(FileSystemOperation(syscall: "copyfile", path: src, dest: dest, submit: { loop, request, done in
            src.withCString { srcPointer in dest.withCString { uv_fs_copyfile(loop, request, srcPointer, $0, mode, done) } }
        }, output: { _ in }))
    }

    static func access(_ path: String, _ mode: Int32) throws -> FileSystemCall<Void> {
        try checkPath(path)
        try checkOperationMode(mode)
        return FileSystemCall(FileSystemOperation(syscall: "access", path: path, submit: { loop, request, done in
            path.withCString { uv_fs_access(loop, request, $0, mode, done) }
        }, output: { _ in }))
    }

    /// Node's check (made in C++) on the mode of `access` and `copyFile`: a combination of the
    /// three flag bits, 0 through 7. Its message is not in the usual `The value of ...` form.
    static func checkOperationMode(_ mode: Int32) throws {
        guard (0...7).contains(mode) else {
            throw NodeError("mode is out of range: >= 0 && <= 7", name: "RangeError", code: "ERR_OUT_OF_RANGE")
        }
    }
}

// MARK: - Callback and synchronous forms

extension FileSystem {
    /// Removes the file or symbolic link at `path` (Node's `fs.unlink`). A directory fails with
    /// `EISDIR`; remove it with `rmdir`.
    ///
    /// ```swift
    /// try fs.unlink("old.log") { error in if let error { console.log(error.code) } }
    /// ```
    public func unlink(_ path: String, _ callback: @escaping (NodeError?) throws -> Void) throws {
        try FileSystemCalls.unlink(path).callback(callback)
    }

    /// Node's `fs.unlinkSync`.
    public func unlinkSync(_ path: String) throws {
        try FileSystemCalls.unlink(path).runSync()
    }

    /// Moves `oldPath` to `newPath`, replacing a file already there (Node's `fs.rename`).
    /// Errors name both paths: `ENOENT: no such file or directory, rename 'a' -> 'b'`, with
    /// `path` and `dest`.
    public func rename(_ oldPath: String, _ newPath: String, _ callback: @escaping (NodeError?) throws -> Void) throws {
        try FileSystemCalls.rename(oldPath, newPath).callback(callback)
    }

    /// Node's `fs.renameSync`.
    public func renameSync(_ oldPath: String, _ newPath: String) throws {
        try FileSystemCalls.rename(oldPath, newPath).runSync()
    }

    /// Copies the file `src` to `dest` (Node's `fs.copyFile`), replacing `dest` unless `mode`
    /// has ``FileSystemConstants/COPYFILE_EXCL``. `mode` combines `COPYFILE_EXCL`,
    /// `COPYFILE_FICLONE` and `COPYFILE_FICLONE_FORCE`; anything outside 0...7 throws Node's
    /// `ERR_OUT_OF_RANGE`. Errors have the syscall `copyfile` and name both paths.
    ///
    /// ```swift
    /// try fs.copyFile("a.txt", "b.txt", fs.constants.COPYFILE_EXCL) { error in ... }
    /// ```
    public func copyFile(_ src: String, _ dest: String, _ mode: Int32 = 0, _ callback: @escaping (NodeError?) throws -> Void) throws {
        try FileSystemCalls.copyFile(src, dest, mode).callback(callback)
    }

    /// Node's `fs.copyFileSync`.
    public func copyFileSync(_ src: String, _ dest: String, _ mode: Int32 = 0) throws {
        try FileSystemCalls.copyFile(src, dest, mode).runSync()
    }

    /// Checks that `path` exists (``FileSystemConstants/F_OK``, the default) or that the
    /// calling process may read, write or execute it (`R_OK | W_OK | X_OK`), as `access(2)`
    /// decides (Node's `fs.access`). The callback gets `nil` or the `ENOENT`/`EACCES` error.
    ///
    /// The superuser passes `R_OK` and `W_OK` on any file, and `X_OK` when any execute bit is
    /// set.
    public func access(_ path: String, _ mode: Int32 = 0, _ callback: @escaping (NodeError?) throws -> Void) throws {
        try FileSystemCalls.access(path, mode).callback(callback)
    }

    /// Node's `fs.accessSync`: returns if the check passes, throws the error otherwise.
    public func accessSync(_ path: String, _ mode: Int32 = 0) throws {
        try FileSystemCalls.access(path, mode).runSync()
    }

    /// Whether `path` exists (Node's `fs.existsSync`, the one form of `exists` Node does not
    /// deprecate). It never throws: a path with a NUL byte, a missing file and a dangling
    /// symbolic link all give `false`.
    public func existsSync(_ path: String) -> Bool {
        guard let call = try? FileSystemCalls.access(path, 0) else { return false }
        return (try? call.runSync()) != nil
    }
}

// MARK: - Promise forms

extension FileSystemPromises {
    /// Node's `fsPromises.unlink`.
    public func unlink(_ path: String) -> Promise<Void> {
        FileSystemCall.promise { try FileSystemCalls.unlink(path) }
    }

    /// Node's `fsPromises.rename`.
    public func rename(_ oldPath: String, _ newPath: String) -> Promise<Void> {
        FileSystemCall.promise { try FileSystemCalls.rename(oldPath, newPath) }
    }

    /// Node's `fsPromises.copyFile`; a `mode` outside 0...7 rejects with `ERR_OUT_OF_RANGE`.
    public func copyFile(_ src: String, _ dest: String, _ mode: Int32 = 0) -> Promise<Void> {
        FileSystemCall.promise { try FileSystemCalls.copyFile(src, dest, mode) }
    }

    /// Node's `fsPromises.access`: fulfils if the check passes, rejects with the error
    /// otherwise.
    public func access(_ path: String, _ mode: Int32 = 0) -> Promise<Void> {
        FileSystemCall.promise { try FileSystemCalls.access(path, mode) }
    }
}
