import CLibUV

// symlink, readlink, link, realpath: links and the paths they lead to.
//
// Node has two realpaths. `fs.realpath` and `fs.realpathSync` are written in JavaScript: they
// resolve the path against the working directory, then walk it component by component with
// lstat, and for each symbolic link stat and readlink, so their errors name `lstat`, `stat` or
// `readlink` and the absolute path walked so far (`lstat '/home/me/missing'`), and an empty
// path is the working directory. `fs.realpath.native`, `fs.realpathSync.native` and
// `fsPromises.realpath` are one `uv_fs_realpath` request (realpath(3)): their errors name
// `realpath` and the path as given, and an empty path is `ENOENT`. NodeLoop keeps each form as
// Node has it.

extension FileSystemCalls {
    /// Node's `symlink`: errors carry the target as `path` and the new link as `dest`
    /// (`symlink 'target' -> 'link'`). Paths are checked before the type.
    static func symlink(_ target: String, _ path: String, _ type: String?) throws -> FileSystemCall<Void> {
        try checkPath(target, argument: "target")
        try checkPath(path)
        let flags = try symlinkFlags(type)
        return FileSystemCall(FileSystemOperation(syscall: "symlink", path: target, dest: path, submit: { loop, request, done in
            target.withCString { targetPointer in path.withCString { uv_fs_symlink(loop, request, targetPointer, $0, flags, done) } }
        }, output: { _ in }))
    }

    /// Node's `stringToSymlinkType`: `"dir"` and `"junction"` matter on Windows only, and any
    /// other string is `ERR_FS_INVALID_SYMLINK_TYPE`.
    private static func symlinkFlags(_ type: String?) throws -> Int32 {
        switch type {
        case nil, "file": return 0
        case "dir": return UV_FS_SYMLINK_DIR
        case "junction": return UV_FS_SYMLINK_JUNCTION
        case let type?:
            throw NodeError(
                "Symlink type must be one of \"dir\", \"file\", or \"junction\". Received \"\(type)\"",
                code: "ERR_FS_INVALID_SYMLINK_TYPE"
            )
        }
    }

    /// Node's `readlink`. Node names the argument `oldPath` in its NUL-byte error, in every
    /// form; NodeLoop keeps the name.
    static func readlink(_ path: String) throws -> FileSystemCall<String> {
        try checkPath(path, argument: "oldPath")
        return FileSystemCall(FileSystemOperation(syscall: "readlink", path: path, submit: { loop, request, done in
            path.withCString { uv_fs_readlink(loop, request, $0, done) }
        }, output: resultString))
    }

    static func link(_ existingPath: String, _ newPath: String) throws -> FileSystemCall<Void> {
        try checkPath(existingPath, argument: "existingPath")
        try checkPath(newPath, argument: "newPath")
        return FileSystemCall(FileSystemOperation(syscall: "link", path: existingPath, dest: newPath, submit: { loop, request, done in
            existingPath.withCString { existingPathPointer in newPath.withCString { uv_fs_link(loop, request, existingPathPointer, $0, done) } }
        }, output: { _ in }))
    }

    /// realpath(3) through libuv: Node's `fs.realpath.native` and `fsPromises.realpath`.
    static func realpathNative(_ path: String) throws -> FileSystemCall<String> {
        try checkPath(path)
        return FileSystemCall(FileSystemOperation(syscall: "realpath", path: path, submit: { loop, request, done in
            path.withCString { uv_fs_realpath(loop, request, $0, done) }
        }, output: resultString))
    }

    /// Node's JavaScript `fs.realpath`: the path resolved against the working directory, then
    /// walked from the root one component at a time. A component that is a symbolic link is
    /// replaced by its target (resolved against the directory holding the link) and the walk
    /// starts over on the new path; a link already read (same device and inode) is not read
    /// again. Node's cache option is not offered.
    static func realpath(_ path: String) throws -> FileSystemCall<String> {
        try checkPath(path)
        return FileSystemCall(composite: {
            var path = try PosixPath.resolve(path)
            var seenLinks: [String: String] = [:]
            var knownHard: Set<String> = []
            // `current` is the part walked so far with its trailing slash, `base` the same
            // without it, `position` where the next component starts.
            var current = "/"
            var position = path.utf8.index(after: path.utf8.startIndex)
            while position < path.utf8.endIndex {
                let previous = current
                let end = path.utf8[position...].firstIndex(of: UInt8(ascii: "/")) ?? path.utf8.endIndex
                let component = String(path[position..<end])
                let base = previous + component
                current = end < path.utf8.endIndex ? base + "/" : base
                position = end < path.utf8.endIndex ? path.utf8.index(after: end) : end

                if knownHard.contains(base) { continue }
                let stats = try lstat(base).runSync()
                if !stats.isSymbolicLink() {
                    knownHard.insert(base)
                    continue
                }
                let id = "\(stats.dev):\(stats.ino)"
                let linkTarget: String
                if let seen = seenLinks[id] {
                    linkTarget = seen
                } else {
                    _ = try stat(base).runSync()
                    linkTarget = try readlink(base).runSync()
                    seenLinks[id] = linkTarget
                }
                let rest = String(path[position...])
                path = try PosixPath.resolve(PosixPath.resolve(previous, linkTarget), rest)
                current = "/"
                position = path.utf8.index(after: path.utf8.startIndex)
            }
            return path
        })
    }

    /// The C string a readlink or realpath request returns, decoded as UTF-8 (invalid bytes
    /// become U+FFFD, as with Node's default encoding).
    private static func resultString(_ request: UnsafeMutablePointer<uv_fs_t>) throws -> String {
        guard let pointer = request.pointee.ptr else {
            throw NodeError("libuv returned no path")
        }
        return String(cString: pointer.assumingMemoryBound(to: CChar.self))
    }
}

/// Node's `path.resolve` for POSIX paths, which its JavaScript `fs.realpath` starts from.
fileprivate enum PosixPath {
    /// Joins `paths` from the right until one is absolute (else prepends the working
    /// directory), then drops empty and `.` components, applies `..` (never above the root)
    /// and removes the trailing slash: `resolve("/a/b", "../c/")` is `/a/c`.
    static func resolve(_ paths: String...) throws -> String {
        var joined: [Substring] = []
        for path in paths.reversed() where !path.isEmpty {
            joined.insert(contentsOf: path.split(separator: "/", omittingEmptySubsequences: false), at: 0)
            if path.hasPrefix("/") { return normalized(joined) }
        }
        let cwd = try currentWorkingDirectory()
        joined.insert(contentsOf: cwd.split(separator: "/", omittingEmptySubsequences: false), at: 0)
        return normalized(joined)
    }

    private static func normalized(_ components: [Substring]) -> String {
        var kept: [Substring] = []
        for component in components {
            switch component {
            case "", ".": continue
            case "..": _ = kept.popLast()
            default: kept.append(component)
            }
        }
        return "/" + kept.joined(separator: "/")
    }
}

// MARK: - Callback and synchronous forms

extension FileSystem {
    /// Creates a symbolic link at `path` pointing to `target` (Node's `fs.symlink`). `target`
    /// is stored as given: a relative target is relative to the link's directory. `type`
    /// (`"file"`, `"dir"`, `"junction"`) matters on Windows only; any other string throws
    /// `ERR_FS_INVALID_SYMLINK_TYPE`. Errors carry the target as `path` and the link as `dest`:
    /// `EEXIST: file already exists, symlink 'target' -> 'link'`.
    ///
    /// ```swift
    /// try fs.symlink("config.prod.json", "config.json") { error in ... }
    /// ```
    public func symlink(_ target: String, _ path: String, _ type: String? = nil, _ callback: @escaping (NodeError?) throws -> Void) throws {
        try FileSystemCalls.symlink(target, path, type).callback(callback)
    }

    /// Node's `fs.symlinkSync`.
    public func symlinkSync(_ target: String, _ path: String, _ type: String? = nil) throws {
        try FileSystemCalls.symlink(target, path, type).runSync()
    }

    /// Reads the target stored in the symbolic link at `path` (Node's `fs.readlink`). A path
    /// that is not a link fails with `EINVAL`.
    public func readlink(_ path: String, _ callback: @escaping (NodeError?, String?) throws -> Void) throws {
        try FileSystemCalls.readlink(path).callback(callback)
    }

    /// Node's `fs.readlinkSync`.
    public func readlinkSync(_ path: String) throws -> String {
        try FileSystemCalls.readlink(path).runSync()
    }

    /// Makes `newPath` a new name (hard link) for the file at `existingPath` (Node's
    /// `fs.link`). Errors name both paths: `link 'a' -> 'b'`.
    public func link(_ existingPath: String, _ newPath: String, _ callback: @escaping (NodeError?) throws -> Void) throws {
        try FileSystemCalls.link(existingPath, newPath).callback(callback)
    }

    /// Node's `fs.linkSync`.
    public func linkSync(_ existingPath: String, _ newPath: String) throws {
        try FileSystemCalls.link(existingPath, newPath).runSync()
    }

    /// The absolute path of `path` with every symbolic link, `.` and `..` resolved (Node's
    /// `fs.realpath`, its JavaScript implementation). Errors come from the step that failed and
    /// name the absolute path walked so far: `ENOENT: no such file or directory, lstat
    /// '/home/me/missing'` (`stat` for a dangling or looping link). An empty path is the working
    /// directory. The walk runs as one job on the thread pool.
    ///
    /// ```swift
    /// try fs.realpath("./current") { error, resolved in console.log(resolved) }
    /// ```
    public func realpath(_ path: String, _ callback: @escaping (NodeError?, String?) throws -> Void) throws {
        try FileSystemCalls.realpath(path).callback(callback)
    }

    /// Node's `fs.realpathSync`, with the errors of ``realpath(_:_:)``.
    public func realpathSync(_ path: String) throws -> String {
        try FileSystemCalls.realpath(path).runSync()
    }

    /// Node's `fs.realpath.native`: one realpath(3) call. Errors name `realpath` and the path as
    /// given (`realpath 'missing'`); an empty path fails with `ENOENT`.
    public func realpathNative(_ path: String, _ callback: @escaping (NodeError?, String?) throws -> Void) throws {
        try FileSystemCalls.realpathNative(path).callback(callback)
    }

    /// Node's `fs.realpathSync.native`.
    public func realpathSyncNative(_ path: String) throws -> String {
        try FileSystemCalls.realpathNative(path).runSync()
    }
}

// MARK: - Promise forms

extension FileSystemPromises {
    /// Node's `fsPromises.symlink`.
    public func symlink(_ target: String, _ path: String, _ type: String? = nil) -> Promise<Void> {
        FileSystemCall.promise { try FileSystemCalls.symlink(target, path, type) }
    }

    /// Node's `fsPromises.readlink`.
    public func readlink(_ path: String) -> Promise<String> {
        FileSystemCall.promise { try FileSystemCalls.readlink(path) }
    }

    /// Node's `fsPromises.link`.
    public func link(_ existingPath: String, _ newPath: String) -> Promise<Void> {
        FileSystemCall.promise { try FileSystemCalls.link(existingPath, newPath) }
    }

    /// Node's `fsPromises.realpath`, which, unlike `fs.realpath`, is one realpath(3) call in
    /// Node: errors name `realpath` and the path as given, and an empty path fails with
    /// `ENOENT` (the same as ``FileSystem/realpathNative(_:_:)``).
    public func realpath(_ path: String) -> Promise<String> {
        FileSystemCall.promise { try FileSystemCalls.realpathNative(path) }
    }
}
