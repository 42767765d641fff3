import CLibUV
import Synchronization

// mkdir, mkdtemp, rmdir: Node makes each as one libuv request, except `mkdir -p`, which is
// several.

extension FileSystemCalls {
    static func mkdir(_ path: String, _ mode: FileMode) throws -> FileSystemCall<Void> {
        try checkPath(path)
        let mode = try mode.resolved()
        return FileSystemCall(mkdirOperation(path, mode))
    }

    /// `mkdir -p`: creates the missing directories and gives the first one created, or nil when
    /// all were there. The synchronous form walks as Node's `mkdirSync` does, the callback and
    /// promise forms as Node's `mkdir`: see ``DirectoryWalk``.
    static func mkdirRecursive(_ path: String, _ mode: FileMode) throws -> FileSystemCall<String?> {
        try checkPath(path)
        let mode = try mode.resolved()
        let asynchronous = FileSystemCall(composite: { try makeDirectories(path, mode, .asynchronous) })
        return FileSystemCall(runSync: { try makeDirectories(path, mode, .synchronous) }, start: asynchronous.start)
    }

    static func mkdtemp(_ prefix: String) throws -> FileSystemCall<String> {
        try checkPath(prefix, argument: "prefix")
        warnOnNonPortableTemplate(prefix)
        // Node 20 appends the six X's mkdtemp replaces, but cuts them to five after an empty
        // prefix, which mkdtemp refuses (EINVAL, naming 'XXXXX'); NodeLoop does the same.
        let template = prefix + (prefix.isEmpty ? "XXXXX" : "XXXXXX")
        let operation = FileSystemOperation(syscall: "mkdtemp", path: template, submit: { loop, request, done in
            template.withCString { uv_fs_mkdtemp(loop, request, $0, done) }
        }, output: { request in String(cString: request.pointee.path) })
        operation.asyncErrorsNameRequestPath = true
        return FileSystemCall(operation)
    }

    static func rmdir(_ path: String) throws -> FileSystemCall<Void> {
        try checkPath(path)
        return FileSystemCall(FileSystemOperation(syscall: "rmdir", path: path, submit: { loop, request, done in
            path.withCString { uv_fs_rmdir(loop, request, $0, done) }
        }, output: { _ in }))
    }
}

// MARK: - Creating

/// Set once the warning about templates ending with `X` was emitted: Node emits it once a process.
private let nonPortableTemplateWarned = Atomic<Bool>(false)

extension FileSystemCalls {
    private static func mkdirOperation(_ path: String, _ mode: Int32) -> FileSystemOperation<Void> {
        FileSystemOperation(syscall: "mkdir", path: path, submit: { loop, request, done in
            path.withCString { uv_fs_mkdir(loop, request, $0, mode, done) }
        }, output: { _ in })
    }

    /// Node's two walks for `mkdir -p` (src/node_file.cc `MKDirpSync` and `MKDirpAsync`). Both
    /// try the path and, while its parent is missing, stack it and try the parent (cut at the
    /// last `/`) first; they differ in what they report.
    enum DirectoryWalk {
        /// `mkdirSync`: every error names the path given.
        case synchronous
        /// `mkdir` and `fsPromises.mkdir`: an error names the directory whose request failed
        /// (`EACCES` on `locked/a` for `locked/a/b/c`); a path in the way that `stat` cannot see
        /// (a dangling link) is `ENOTDIR` while deeper directories wait on it; and a directory
        /// found where `mkdir` failed otherwise than with `EEXIST` ends the walk as done.
        case asynchronous
    }

    /// Node's `mkdir -p`, step for step, in the form `walk` names.
    private static func makeDirectories(_ path: String, _ mode: Int32, _ walk: DirectoryWalk) throws -> String? {
        // Each path still to make, and whether it was stacked back under its parent, which has
        // been made or found by the time the path comes up again.
        var pending = [(path: path, parentSettled: false)]
        var firstCreated: String?
        func failure(_ status: Int32, at failed: String) -> NodeError {
            NodeError.system(status, syscall: "mkdir", path: walk == .synchronous ? path : failed)
        }
        while let (next, parentSettled) = pending.popLast() {
            var status = uvStatus { try mkdirOperation(next, mode).runSync() }
            if status == UV_ENOENT.rawValue {
                let slash = next.utf8.lastIndex(of: UInt8(ascii: "/"))
                let parent = slash.map { String(next[..<$0]) } ?? next
                if parent != next && !parentSettled {
                    pending.append((next, true))
                    pending.append((parent, false))
                    continue
                }
                // A path that is still missing after its parent was settled (`/proc/a/b`: /proc
                // takes no new directory), or with no parent left to make while deeper paths
                // wait (the working directory was removed). Node stacks the same paths again
                // and never ends; NodeLoop reports ENOENT instead.
                guard parent == next && pending.isEmpty else { throw failure(status, at: next) }
                status = UV_EEXIST.rawValue
            }
            switch status {
            case 0:
                if firstCreated == nil { firstCreated = next }
            case UV_EACCES.rawValue, UV_ENOSPC.rawValue, UV_ENOTDIR.rawValue, UV_EPERM.rawValue:
                throw failure(status, at: next)
            default:
                // Something is there (or mkdir failed otherwise): fine if it is a directory.
                let deeperPathsWait = status == UV_EEXIST.rawValue && !pending.isEmpty
                let stats: Stats
                do {
                    stats = try stat(next).runSync()
                } catch let error as NodeError {
                    let asyncBlocked = walk == .asynchronous && deeperPathsWait
                    throw failure(asyncBlocked ? UV_ENOTDIR.rawValue : error.errno ?? status, at: next)
                }
                guard stats.isDirectory() else {
                    throw failure(deeperPathsWait ? UV_ENOTDIR.rawValue : UV_EEXIST.rawValue, at: next)
                }
                if walk == .asynchronous && !deeperPathsWait { return firstCreated }
            }
        }
        return firstCreated
    }

    /// Node warns, once a process, that a template ending with `X` is not portable.
    private static func warnOnNonPortableTemplate(_ prefix: String) {
        guard prefix.utf8.last == UInt8(ascii: "X"), !nonPortableTemplateWarned.exchange(true, ordering: .relaxed) else { return }
        process.emitWarning("mkdtemp() templates ending with X are not portable. For details see: https://nodejs.org/api/fs.html")
    }
}

/// 0 if `body` succeeds, else the libuv status of the `NodeError` it throws.
private func uvStatus(_ body: () throws -> Void) -> Int32 {
    do {
        try body()
        return 0
    } catch let error as NodeError {
        return error.errno ?? UV_EIO.rawValue
    } catch {
        return UV_EIO.rawValue
    }
}

// MARK: - Callback and synchronous forms

extension FileSystem {
    /// Creates the directory at `path` (Node's `fs.mkdir`); its parent must exist.
    ///
    /// - Parameters:
    ///   - path: The directory to create.
    ///   - mode: The permission bits, before the process's umask.
    ///   - callback: Called with nil once the directory exists, or with the error.
    public func mkdir(_ path: String, mode: FileMode = 0o777, _ callback: @escaping (NodeError?) throws -> Void) throws {
        try FileSystemCalls.mkdir(path, mode).callback(callback)
    }

    /// Creates the directory at `path` (Node's `fs.mkdir` with `recursive`); with `recursive`,
    /// its missing parents too, and an existing directory is no error.
    ///
    /// With `recursive`, the callback gets the first directory it created, spelled from `path`
    /// (`mkdir("a/b/c")` with only `a` there gives `a/b`), or nil when nothing was created (Node
    /// passes `undefined`). Without it, it gets nil, as Node passes nothing.
    ///
    /// As in Node, a recursive error names the directory that could not be made
    /// (`EACCES: permission denied, mkdir 'locked/a'` for `locked/a/b/c`), where
    /// ``mkdirSync(_:recursive:mode:)`` names the path given.
    ///
    /// ```swift
    /// try fs.mkdir("build/cache", recursive: true) { error, first in ... }
    /// ```
    public func mkdir(_ path: String, recursive: Bool, mode: FileMode = 0o777, _ callback: @escaping (NodeError?, String?) throws -> Void) throws {
        if recursive {
            try FileSystemCalls.mkdirRecursive(path, mode).callback { error, first in try callback(error, first ?? nil) }
        } else {
            try FileSystemCalls.mkdir(path, mode).callback { error in try callback(error, nil) }
        }
    }

    /// Node's `fs.mkdirSync`: with `recursive`, returns the first directory created, or nil
    /// when nothing was; without it, returns nil.
    @discardableResult
    public func mkdirSync(_ path: String, recursive: Bool = false, mode: FileMode = 0o777) throws -> String? {
        if recursive { return try FileSystemCalls.mkdirRecursive(path, mode).runSync() }
        try FileSystemCalls.mkdir(path, mode).runSync()
        return nil
    }

    /// Creates a new directory named `prefix` followed by six random characters, and gives its
    /// path (Node's `fs.mkdtemp`).
    ///
    /// ```swift
    /// try fs.mkdtemp("/tmp/build-") { error, directory in ... }   // "/tmp/build-k2Pq9Z"
    /// ```
    public func mkdtemp(_ prefix: String, _ callback: @escaping (NodeError?, String?) throws -> Void) throws {
        try FileSystemCalls.mkdtemp(prefix).callback(callback)
    }

    /// Node's `fs.mkdtempSync`.
    public func mkdtempSync(_ prefix: String) throws -> String {
        try FileSystemCalls.mkdtemp(prefix).runSync()
    }

    /// Removes the empty directory at `path` (Node's `fs.rmdir`). Node 20's deprecated
    /// `recursive` option is left out: ``rm(_:recursive:force:_:)`` removes trees.
    public func rmdir(_ path: String, _ callback: @escaping (NodeError?) throws -> Void) throws {
        try FileSystemCalls.rmdir(path).callback(callback)
    }

    /// Node's `fs.rmdirSync`.
    public func rmdirSync(_ path: String) throws {
        try FileSystemCalls.rmdir(path).runSync()
    }
}

// MARK: - Promise forms

extension FileSystemPromises {
    /// Node's `fsPromises.mkdir`: fulfils with the first directory created with `recursive`,
    /// else with nil.
    public func mkdir(_ path: String, recursive: Bool = false, mode: FileMode = 0o777) -> Promise<String?> {
        FileSystemCall.promise {
            recursive
                ? try FileSystemCalls.mkdirRecursive(path, mode)
                : try FileSystemCalls.mkdir(path, mode).map { nil }
        }
    }

    /// Node's `fsPromises.mkdtemp`.
    public func mkdtemp(_ prefix: String) -> Promise<String> {
        FileSystemCall.promise { try FileSystemCalls.mkdtemp(prefix) }
    }

    /// Node's `fsPromises.rmdir` (without the deprecated `recursive`).
    public func rmdir(_ path: String) -> Promise<Void> {
        FileSystemCall.promise { try FileSystemCalls.rmdir(path) }
    }
}
