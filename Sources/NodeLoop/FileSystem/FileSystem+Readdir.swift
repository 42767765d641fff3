import CLibUV

// readdir: Node lists a directory with libuv's scandir, which sorts the names by their bytes
// (strcmp): `10` before `9`, `B` before `_` before `a`. A recursive listing keeps that order
// inside each directory, but Node 20 visits the directories in one order in `readdirSync` and
// `fs.readdir` (breadth first) and in another in `fs.promises.readdir` (the last directory found
// is read first); NodeLoop reproduces both. Nested directories are named with Node's
// `path.join`, as Node names them.

extension FileSystemCalls {
    static func readdir(_ path: String) throws -> FileSystemCall<[String]> {
        try checkPath(path)
        return FileSystemCall(scandir(path) { name, _ in name })
    }

    static func readdirWithFileTypes(_ path: String) throws -> FileSystemCall<[Dirent]> {
        try checkPath(path)
        return FileSystemCall(scandir(path) { name, kind in (name, kind) }).map { entries in
            try dirents(in: path, entries)
        }
    }

    /// The order in which Node 20 reads the directories of a recursive listing.
    enum ListingOrder {
        /// `readdirSync` and `fs.readdir`: every directory in the order found (breadth first).
        case breadthFirst
        /// `fs.promises.readdir`: each directory found is read at once and put on a stack; the
        /// directory taken next is the last one found.
        case lastFoundFirst
    }

    /// A recursive listing of names relative to `path`. Directories are found with `stat`, so a
    /// symbolic link to a directory is followed, as Node does for names.
    static func readdirRecursive(_ path: String, order: ListingOrder) throws -> FileSystemCall<[String]> {
        try checkPath(path)
        return FileSystemCall(composite: {
            switch order {
            case .breadthFirst: return try namesBreadthFirst(under: path)
            case .lastFoundFirst: return try namesLastFoundFirst(under: path)
            }
        })
    }

    /// A recursive listing of Dirents. Directories are those the listing reports, so a symbolic
    /// link to a directory is listed and not followed, as Node does for Dirents.
    static func readdirRecursiveWithFileTypes(_ path: String, order: ListingOrder) throws -> FileSystemCall<[Dirent]> {
        try checkPath(path)
        return FileSystemCall(composite: {
            switch order {
            case .breadthFirst: return try direntsBreadthFirst(under: path)
            case .lastFoundFirst: return try direntsLastFoundFirst(under: path)
            }
        })
    }
}

// MARK: - Listing

extension FileSystemCalls {
    /// One `scandir` request: an entry for each name but `.` and `..`, in libuv's order.
    private static func scandir<Entry>(_ path: String, _ entry: @escaping (String, Dirent.Kind) -> Entry) -> FileSystemOperation<[Entry]> {
        FileSystemOperation(syscall: "scandir", path: path, submit: { loop, request, done in
            path.withCString { uv_fs_scandir(loop, request, $0, 0, done) }
        }, output: { request in
            var entries: [Entry] = []
            entries.reserveCapacity(max(0, request.pointee.result))
            var dirent = uv_dirent_t()
            while uv_fs_scandir_next(request, &dirent) == 0 {
                entries.append(entry(String(cString: dirent.name), Dirent.Kind(dirent.type)))
            }
            return entries
        })
    }

    private static func scandirNames(_ path: String) throws -> [String] {
        try scandir(path) { name, _ in name }.runSync()
    }

    private static func scandirEntries(_ path: String) throws -> [(name: String, kind: Dirent.Kind)] {
        try scandir(path) { name, kind in (name, kind) }.runSync()
    }

    /// Node's `getDirents`. Some file systems list no types; Node then asks `lstat`, and so does
    /// NodeLoop (synchronously: on the loop for a one-request listing, where Node queues one
    /// `lstat` request per such entry).
    private static func dirents(in parentPath: String, _ entries: [(name: String, kind: Dirent.Kind)]) throws -> [Dirent] {
        try entries.map { entry in
            var kind = entry.kind
            if kind == .unknown {
                kind = Dirent.Kind(try lstat(joinPath(parentPath, entry.name)).runSync())
            }
            return Dirent(name: entry.name, parentPath: parentPath, kind: kind)
        }
    }

    /// Whether `path` is a directory once links are followed; Node's `internalModuleStat`, for
    /// which a failure (a dangling link, a loop of links) means "not a directory".
    private static func isDirectory(following path: String) -> Bool {
        (try? stat(path).runSync().isDirectory()) ?? false
    }

    private static func relative(_ parent: String, _ name: String) -> String {
        parent.isEmpty ? name : parent + "/" + name
    }

    /// Node's `readdirSyncRecursive` for names.
    private static func namesBreadthFirst(under base: String) throws -> [String] {
        var names: [String] = []
        // Each directory to read: the path libuv reads, and its path relative to `base`.
        var directories: [(path: String, relative: String)] = [(base, "")]
        var next = 0
        while next < directories.count {
            let directory = directories[next]
            next += 1
            for name in try scandirNames(directory.path) {
                let entryPath = joinPath(directory.path, name)
                let entryRelative = relative(directory.relative, name)
                names.append(entryRelative)
                if isDirectory(following: entryPath) { directories.append((entryPath, entryRelative)) }
            }
        }
        return names
    }

    /// Node's `readdirSyncRecursive` for Dirents.
    private static func direntsBreadthFirst(under base: String) throws -> [Dirent] {
        var result: [Dirent] = []
        var directories = [base]
        var next = 0
        while next < directories.count {
            let directory = directories[next]
            next += 1
            for dirent in try dirents(in: directory, scandirEntries(directory)) {
                result.append(dirent)
                if dirent.isDirectory() { directories.append(joinPath(dirent.parentPath, dirent.name)) }
            }
        }
        return result
    }

    /// `readdirRecursive` of Node's `fs/promises` for names: a directory is read as soon as it
    /// is found, its listing goes on a stack, and the top of the stack is listed next.
    private static func namesLastFoundFirst(under base: String) throws -> [String] {
        var names: [String] = []
        var stack: [(path: String, relative: String, names: [String])] = [(base, "", try scandirNames(base))]
        while let directory = stack.popLast() {
            for name in directory.names {
                let entryPath = joinPath(directory.path, name)
                let entryRelative = relative(directory.relative, name)
                names.append(entryRelative)
                if isDirectory(following: entryPath) {
                    stack.append((entryPath, entryRelative, try scandirNames(entryPath)))
                }
            }
        }
        return names
    }

    /// `readdirRecursive` of Node's `fs/promises` for Dirents.
    private static func direntsLastFoundFirst(under base: String) throws -> [Dirent] {
        var result: [Dirent] = []
        var stack: [(path: String, entries: [(name: String, kind: Dirent.Kind)])] = [(base, try scandirEntries(base))]
        while let directory = stack.popLast() {
            for dirent in try dirents(in: directory.path, directory.entries) {
                result.append(dirent)
                if dirent.isDirectory() {
                    let entryPath = joinPath(directory.path, dirent.name)
                    stack.append((entryPath, try scandirEntries(entryPath)))
                }
            }
        }
        return result
    }
}

// MARK: - Node's path.join

/// Node's `path.join(directory, name)` on POSIX, which names the nested directories of a
/// recursive listing: `join('./a/', 'b')` is `a/b`, `join('.', 'b')` is `b`.
func joinPath(_ directory: String, _ name: String) -> String {
    if directory.isEmpty { return normalizePath(name) }
    if name.isEmpty { return normalizePath(directory) }
    return normalizePath(directory + "/" + name)
}

/// Node's `path.normalize` on POSIX: drops `.` and empty segments, resolves `..` against the
/// segment before it (keeping leading `..` of a relative path), keeps a trailing `/`. It works
/// on bytes, as Node's works on code units.
func normalizePath(_ path: String) -> String {
    let slash = UInt8(ascii: "/")
    guard !path.isEmpty else { return "." }
    let isAbsolute = path.utf8.first == slash
    let hasTrailingSlash = path.utf8.last == slash
    var segments: [Substring] = []
    for bytes in path.utf8.split(separator: slash) {
        let segment = Substring(bytes)
        switch segment {
        case ".":
            continue
        case "..":
            if let last = segments.last, last != ".." {
                segments.removeLast()
            } else if !isAbsolute {
                segments.append(segment)
            }
        default:
            segments.append(segment)
        }
    }
    var normalized = segments.joined(separator: "/")
    if normalized.isEmpty {
        if isAbsolute { return "/" }
        return hasTrailingSlash ? "./" : "."
    }
    if hasTrailingSlash { normalized += "/" }
    return isAbsolute ? "/" + normalized : normalized
}

// MARK: - Callback and synchronous forms

extension FileSystem {
    /// Lists the names in the directory at `path` (Node's `fs.readdir`), sorted by their bytes
    /// as libuv sorts them, without `.` and `..`.
    ///
    /// With `recursive`, the names of nested entries are relative to `path` (`a/b/c.txt`), in
    /// Node 20's order: the directory's names, then those of each directory found, breadth
    /// first, following links to directories. Node 20 makes that listing synchronously inside
    /// `fs.readdir` and calls back before it returns, and NodeLoop does the same: the callback
    /// runs before this function returns, and a failure is thrown rather than passed to it.
    ///
    /// ```swift
    /// try fs.readdir("logs") { error, names in
    ///     if let error { console.log(error.code); return }
    ///     console.log(names!.count)
    /// }
    /// ```
    public func readdir(_ path: String, recursive: Bool = false, _ callback: @escaping (NodeError?, [String]?) throws -> Void) throws {
        if recursive {
            let names = try FileSystemCalls.readdirRecursive(path, order: .breadthFirst).runSync()
            try callback(nil, names)
            return
        }
        try FileSystemCalls.readdir(path).callback(callback)
    }

    /// Lists the directory at `path` as ``Dirent``s, which tell the kind of each entry (Node's
    /// `fs.readdir` with `withFileTypes: true`).
    ///
    /// The label picks the result type, which Swift fixes when compiling: pass `true`; this
    /// form gives Dirents whatever the value. With `recursive`, nested entries follow the
    /// order of ``readdir(_:recursive:_:)``, a link to a directory is not followed, and, as in
    /// Node 20, the callback runs before this function returns.
    public func readdir(_ path: String, withFileTypes: Bool, recursive: Bool = false, _ callback: @escaping (NodeError?, [Dirent]?) throws -> Void) throws {
        if recursive {
            let entries = try FileSystemCalls.readdirRecursiveWithFileTypes(path, order: .breadthFirst).runSync()
            try callback(nil, entries)
            return
        }
        try FileSystemCalls.readdirWithFileTypes(path).callback(callback)
    }

    /// Node's `fs.readdirSync`: the names in the directory at `path`, sorted by their bytes;
    /// with `recursive`, nested names too, relative to `path`, breadth first.
    public func readdirSync(_ path: String, recursive: Bool = false) throws -> [String] {
        if recursive { return try FileSystemCalls.readdirRecursive(path, order: .breadthFirst).runSync() }
        return try FileSystemCalls.readdir(path).runSync()
    }

    /// Node's `fs.readdirSync` with `withFileTypes: true` (pass `true`: the label picks the
    /// result type).
    public func readdirSync(_ path: String, withFileTypes: Bool, recursive: Bool = false) throws -> [Dirent] {
        if recursive { return try FileSystemCalls.readdirRecursiveWithFileTypes(path, order: .breadthFirst).runSync() }
        return try FileSystemCalls.readdirWithFileTypes(path).runSync()
    }
}

// MARK: - Promise forms

extension FileSystemPromises {
    /// Node's `fsPromises.readdir`. With `recursive`, nested names come in the order of Node
    /// 20's promise form, which differs from the other forms': after the directory's own names,
    /// the directory found last is listed first (depth first, from the end).
    public func readdir(_ path: String, recursive: Bool = false) -> Promise<[String]> {
        FileSystemCall.promise {
            recursive ? try FileSystemCalls.readdirRecursive(path, order: .lastFoundFirst) : try FileSystemCalls.readdir(path)
        }
    }

    /// Node's `fsPromises.readdir` with `withFileTypes: true` (pass `true`: the label picks the
    /// result type). With `recursive`, in the order of ``readdir(_:recursive:)``.
    public func readdir(_ path: String, withFileTypes: Bool, recursive: Bool = false) -> Promise<[Dirent]> {
        FileSystemCall.promise {
            recursive
                ? try FileSystemCalls.readdirRecursiveWithFileTypes(path, order: .lastFoundFirst)
                : try FileSystemCalls.readdirWithFileTypes(path)
        }
    }
}
