import CLibUV

// rm: Node's port of rimraf (lib/internal/fs/rimraf.js), in its two versions.
//
// Node removes a path in several requests: `lstat` it; a directory is tried with `rmdir`, and
// if it is not empty its children are removed first, each the same way; anything else is
// unlinked, so a symbolic link is removed and never followed. `rmSync` runs the synchronous
// version and `fs.rm` / `fs.promises.rm` the asynchronous one, and the two differ at the edges
// (`rm('link-to-dir/', {recursive})` throws ENOTDIR in one and succeeds, removing nothing, in
// the other; `rm('file/x', {force, recursive})` names `unlink` in one and `lstat` in the
// other). NodeLoop runs each version's steps in order, the asynchronous one as one thread-pool
// job; where Node removes a directory's children concurrently, it removes them one after the
// other, and reports the first failure, as Node does once every child has been tried.

extension FileSystemCalls {
    /// `fs.rmSync`: Node's `validateRmOptionsSync`, then `rimrafSync`.
    static func rmSync(_ path: String, recursive: Bool, force: Bool) throws -> FileSystemCall<Void> {
        try checkPath(path)
        return FileSystemCall(composite: {
            let target = RemovalPath(path)
            // With both force and recursive, Node skips the check and lets rimraf find out.
            if !force || !recursive {
                var isDirectory = false
                do {
                    isDirectory = try target.isDirectory()
                } catch let error as NodeError where force && error.code == "ENOENT" {}
                if isDirectory && !recursive { throw NodeError.removeIsDirectory(path) }
            }
            try SynchronousRemoval.remove(target)
        })
    }

    /// `fs.rm` and `fs.promises.rm`: Node's `validateRmOptions`, then the asynchronous rimraf.
    static func rm(_ path: String, recursive: Bool, force: Bool) throws -> FileSystemCall<Void> {
        try checkPath(path)
        return FileSystemCall(composite: {
            let target = RemovalPath(path)
            var isDirectory = false
            do {
                isDirectory = try target.isDirectory()
            } catch let error as NodeError where force && error.code == "ENOENT" {}
            if isDirectory && !recursive { throw NodeError.removeIsDirectory(path) }
            try AsynchronousRemoval.remove(target)
        })
    }
}

extension NodeError {
    /// Node's `SystemError [ERR_FS_EISDIR]` for `rm` of a directory without `recursive`; its
    /// `errno` is the positive `EISDIR`, as Node gives it.
    static func removeIsDirectory(_ path: String) -> NodeError {
        var error = NodeError("Path is a directory: rm returned EISDIR (is a directory) \(path)", name: "SystemError", code: "ERR_FS_EISDIR")
        error.errno = -UV_EISDIR.rawValue
        error.syscall = "rm"
        error.path = path
        return error
    }
}

/// A path as rimraf handles it: bytes, with each child's name appended after a `/` as the
/// listing gives it, so that names that are not UTF-8 are removed too. Errors show it decoded
/// as UTF-8, as Node shows a Buffer path.
private struct RemovalPath {
    /// NUL-terminated.
    private let bytes: ContiguousArray<CChar>

    init(_ path: String) {
        bytes = path.utf8CString
    }

    private init(bytes: ContiguousArray<CChar>) {
        self.bytes = bytes
    }

    var string: String {
        String(decoding: bytes.dropLast().lazy.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// `lstat`: true for a directory (never for a link to one).
    func isDirectory() throws -> Bool {
        try run("lstat", { uv_fs_lstat($0, $1, $2, nil) }) { request in
            Stats(request.pointee.statbuf).isDirectory()
        }
    }

    func unlink() throws {
        try run("unlink", { uv_fs_unlink($0, $1, $2, nil) }) { _ in }
    }

    func rmdir() throws {
        try run("rmdir", { uv_fs_rmdir($0, $1, $2, nil) }) { _ in }
    }

    /// The paths of the directory's entries, listed as `readdir` lists them.
    func children() throws -> [RemovalPath] {
        try run("scandir", { uv_fs_scandir($0, $1, $2, 0, nil) }) { request in
            var children: [RemovalPath] = []
            children.reserveCapacity(max(0, request.pointee.result))
            var dirent = uv_dirent_t()
            while uv_fs_scandir_next(request, &dirent) == 0 {
                var child = bytes.dropLast()
                child.append(CChar(bitPattern: UInt8(ascii: "/")))
                var name = dirent.name
                while let byte = name?.pointee, byte != 0 {
                    child.append(byte)
                    name = name?.successor()
                }
                child.append(0)
                children.append(RemovalPath(bytes: ContiguousArray(child)))
            }
            return children
        }
    }

    /// Runs one request synchronously on this path (rm's steps always run synchronously, on
    /// the calling thread or in a thread-pool job).
    private func run<Output>(
        _ syscall: String,
        _ call: @escaping (UnsafeMutablePointer<uv_loop_t>, UnsafeMutablePointer<uv_fs_t>, UnsafePointer<CChar>) -> Int32,
        output: @escaping (UnsafeMutablePointer<uv_fs_t>) throws -> Output
    ) throws -> Output {
        let bytes = bytes
        return try FileSystemOperation(syscall: syscall, path: string, submit: { loop, request, _ in
            bytes.withUnsafeBufferPointer { buffer in
                guard let path = buffer.baseAddress else { return UV_EINVAL.rawValue }
                return call(loop, request, path)
            }
        }, output: output).runSync()
    }
}

/// Node's `rimrafSync`, as `fs.rmSync` runs it (without retries: `maxRetries` is 0 by default).
private enum SynchronousRemoval {
    static func remove(_ path: RemovalPath) throws {
        var isDirectory = false
        do {
            isDirectory = try path.isDirectory()
        } catch let error as NodeError where error.code == "ENOENT" {
            return
        } catch {
            // Any other failure: go on and unlink, which reports the problem.
        }
        do {
            if isDirectory {
                try removeDirectory(path, originalError: nil)
            } else {
                try unlink(path)
            }
        } catch let error as NodeError {
            switch error.code {
            case "ENOENT": return
            case "EPERM", "EISDIR": try removeDirectory(path, originalError: error)
            default: throw error
            }
        }
    }

    private static func unlink(_ path: RemovalPath) throws {
        do {
            try path.unlink()
        } catch let error as NodeError where error.code == "ENOENT" {}
    }

    /// Node's `_rmdirSync`.
    private static func removeDirectory(_ path: RemovalPath, originalError: NodeError?) throws {
        do {
            try path.rmdir()
        } catch let error as NodeError {
            switch error.code {
            case "ENOENT":
                return
            case "ENOTDIR":
                throw originalError ?? error
            case "ENOTEMPTY", "EEXIST", "EPERM":
                for child in try path.children() { try remove(child) }
                do {
                    try path.rmdir()
                } catch let error as NodeError where error.code == "ENOENT" {}
            default:
                throw originalError ?? error
            }
        }
    }
}

/// Node's asynchronous `rimraf`, as `fs.rm` and `fs.promises.rm` run it, each step in order.
private enum AsynchronousRemoval {
    /// `rimraf`: a path already gone is no error.
    static func remove(_ path: RemovalPath) throws {
        do {
            try removeEntry(path)
        } catch let error as NodeError where error.code == "ENOENT" {}
    }

    /// `_rimraf`.
    private static func removeEntry(_ path: RemovalPath) throws {
        let isDirectory: Bool
        do {
            isDirectory = try path.isDirectory()
        } catch let error as NodeError where error.code == "ENOENT" {
            return
        } catch {
            isDirectory = false
        }
        if isDirectory {
            try removeDirectory(path, originalError: nil)
            return
        }
        do {
            try path.unlink()
        } catch let error as NodeError {
            switch error.code {
            case "ENOENT": return
            case "EISDIR", "EPERM": try removeDirectory(path, originalError: error)
            default: throw error
            }
        }
    }

    /// `_rmdir`. A path that turns out not to be a directory ends the removal with the error
    /// that led here, or with none (Node 20 calls back with that error, possibly null).
    private static func removeDirectory(_ path: RemovalPath, originalError: NodeError?) throws {
        do {
            try path.rmdir()
        } catch let error as NodeError {
            switch error.code {
            case "ENOTEMPTY", "EEXIST", "EPERM":
                try removeChildren(path)
            case "ENOTDIR":
                if let originalError { throw originalError }
            default:
                throw error
            }
        }
    }

    /// `_rmchildren`: every child is removed (Node starts them all at once), then the directory,
    /// unless a child failed: then the first failure is the outcome.
    private static func removeChildren(_ path: RemovalPath) throws {
        var firstFailure: (any Error)?
        for child in try path.children() {
            do {
                try remove(child)
            } catch {
                if firstFailure == nil { firstFailure = error }
            }
        }
        if let firstFailure { throw firstFailure }
        try path.rmdir()
    }
}

// MARK: - Callback, synchronous and promise forms

extension FileSystem {
    /// Removes the file, link or directory at `path` (Node's `fs.rm`, modelled on `rm -rf`).
    ///
    /// - A directory needs `recursive`; without it the error is Node's `ERR_FS_EISDIR`
    ///   `SystemError`. With it, the whole tree goes; symbolic links inside are removed, never
    ///   followed.
    /// - A missing path is `ENOENT` (from `lstat`) unless `force` is set: then nothing happens.
    ///
    /// Node's `maxRetries` and `retryDelay` (for busy files on Windows) are not offered.
    ///
    /// ```swift
    /// try fs.rm("build", recursive: true, force: true) { error in ... }
    /// ```
    public func rm(_ path: String, recursive: Bool = false, force: Bool = false, _ callback: @escaping (NodeError?) throws -> Void) throws {
        try FileSystemCalls.rm(path, recursive: recursive, force: force).callback(callback)
    }

    /// Node's `fs.rmSync`.
    public func rmSync(_ path: String, recursive: Bool = false, force: Bool = false) throws {
        try FileSystemCalls.rmSync(path, recursive: recursive, force: force).runSync()
    }
}

extension FileSystemPromises {
    /// Node's `fsPromises.rm`.
    public func rm(_ path: String, recursive: Bool = false, force: Bool = false) -> Promise<Void> {
        FileSystemCall.promise { try FileSystemCalls.rm(path, recursive: recursive, force: force) }
    }
}
