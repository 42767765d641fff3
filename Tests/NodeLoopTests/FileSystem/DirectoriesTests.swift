import Testing
@testable import NodeLoop
#if canImport(Glibc)
import Glibc
#endif

/// readdir, mkdir, mkdtemp and rmdir in their three forms, each expectation taken from Node
/// v20 running the same steps.
@Suite struct DirectoriesTests {
    // MARK: readdir

    @Test func readdirSortsNamesByTheirBytes() throws {
        let scratch = try ScratchDirectory("dirs")
        defer { scratch.remove() }
        for name in ["z", "é", "b.txt", "a", "_u", "B", "A.txt", "9", "10"] { try scratch.touch(name) }
        let expected = ["10", "9", "A.txt", "B", "_u", "a", "b.txt", "z", "é"]

        #expect(try fs.readdirSync(scratch.path) == expected)
        var fromCallback: [String]?
        var fromPromise: [String]?
        try runOnFreshLoop {
            try fs.readdir(scratch.path) { error, names in
                #expect(error == nil)
                fromCallback = names
            }
            fs.promises.readdir(scratch.path).then { fromPromise = $0 }
        }
        #expect(fromCallback == expected)
        #expect(fromPromise == expected)
    }

    @Test func readdirWithFileTypesTellsEachKindWithoutFollowingLinks() throws {
        let scratch = try ScratchDirectory("dirs")
        defer { scratch.remove() }
        try scratch.touch("file")
        try fs.mkdirSync(scratch.path + "/dir")
        try scratch.symlink("dir", at: "link-to-dir")
        try scratch.symlink("file", at: "link-to-file")
        #expect(mkfifo(scratch.path + "/fifo", 0o644) == 0)

        let entries = try fs.readdirSync(scratch.path, withFileTypes: true)
        #expect(entries.map(\.name) == ["dir", "fifo", "file", "link-to-dir", "link-to-file"])
        #expect(entries.map { kinds($0) } == ["directory", "fifo", "file", "link", "link"])
        #expect(entries.allSatisfy { $0.parentPath == scratch.path && $0.path == scratch.path })

        var fromCallback: [Dirent]?
        var fromPromise: [Dirent]?
        try runOnFreshLoop {
            try fs.readdir(scratch.path, withFileTypes: true) { _, entries in fromCallback = entries }
            fs.promises.readdir(scratch.path, withFileTypes: true).then { fromPromise = $0 }
        }
        #expect(fromCallback == entries)
        #expect(fromPromise == entries)
    }

    @Test func direntsOfDevicesAreCharacterDevices() throws {
        let null = try fs.readdirSync("/dev", withFileTypes: true).first { $0.name == "null" }
        #expect(null?.isCharacterDevice() == true)
        #expect(null?.isFile() == false)
    }

    @Test func aDirentPrintsAsNodePrintsIt() {
        let entry = Dirent(name: "it's", parentPath: ".", kind: .file)
        #expect(entry.description == #"Dirent { name: "it's", parentPath: '.', path: '.', [Symbol(type)]: 1 }"#)
        #expect(inspect([Dirent(name: "q", parentPath: "z", kind: .file)]) == "[ Dirent { name: 'q', parentPath: 'z', path: 'z', [Symbol(type)]: 1 } ]")
        let two = [Dirent(name: "10", parentPath: ".", kind: .file), Dirent(name: "9", parentPath: ".", kind: .file)]
        #expect(inspect(two) == """
            [
              Dirent { name: '10', parentPath: '.', path: '.', [Symbol(type)]: 1 },
              Dirent { name: '9', parentPath: '.', path: '.', [Symbol(type)]: 1 }
            ]
            """)
    }

    @Test func readdirRecursiveSyncListsBreadthFirstFollowingLinksToDirectories() throws {
        let scratch = try ScratchDirectory("dirs")
        defer { scratch.remove() }
        try scratch.makeTree()
        #expect(try fs.readdirSync(scratch.path, recursive: true) == [
            "B", "a", "linkdir", "linkfile", "top.txt", "z", "a/b", "a/x", "linkdir/b", "linkdir/x", "z/q",
            "a/b/c", "a/b/y", "linkdir/b/c", "linkdir/b/y", "a/b/c/w", "linkdir/b/c/w",
        ])
    }

    @Test func readdirRecursivePromiseListsTheDirectoryFoundLastFirst() throws {
        let scratch = try ScratchDirectory("dirs")
        defer { scratch.remove() }
        try scratch.makeTree()
        var names: [String]?
        var entries: [Dirent]?
        try runOnFreshLoop {
            fs.promises.readdir(scratch.path, recursive: true).then { names = $0 }
            fs.promises.readdir(scratch.path, withFileTypes: true, recursive: true).then { entries = $0 }
        }
        #expect(names == [
            "B", "a", "linkdir", "linkfile", "top.txt", "z", "z/q", "linkdir/b", "linkdir/x", "linkdir/b/c",
            "linkdir/b/y", "linkdir/b/c/w", "a/b", "a/x", "a/b/c", "a/b/y", "a/b/c/w",
        ])
        #expect(entries.map { $0.map { scratch.relative($0.parentPath) + "|" + $0.name } } == [
            ".|B", ".|a", ".|linkdir", ".|linkfile", ".|top.txt", ".|z", "z|q", "a|b", "a|x", "a/b|c", "a/b|y", "a/b/c|w",
        ])
    }

    @Test func readdirRecursiveWithFileTypesListsLinksAsLinks() throws {
        let scratch = try ScratchDirectory("dirs")
        defer { scratch.remove() }
        try scratch.makeTree()
        let entries = try fs.readdirSync(scratch.path, withFileTypes: true, recursive: true)
        #expect(entries.map { scratch.relative($0.parentPath) + "|" + $0.name } == [
            ".|B", ".|a", ".|linkdir", ".|linkfile", ".|top.txt", ".|z", "a|b", "a|x", "z|q", "a/b|c", "a/b|y", "a/b/c|w",
        ])
        #expect(entries.filter { $0.isSymbolicLink() }.map(\.name) == ["linkdir", "linkfile"])
        #expect(entries.filter { $0.isDirectory() }.map(\.name) == ["B", "a", "z", "b", "c"])
    }

    @Test func nestedParentPathsAreJoinedAsNodeJoinsThem() throws {
        let scratch = try ScratchDirectory("dirs")
        defer { scratch.remove() }
        try scratch.makeTree()
        let entries = try fs.readdirSync(scratch.path + "/./a/", withFileTypes: true, recursive: true)
        #expect(entries.map { String($0.parentPath.dropFirst(scratch.path.count)) + "|" + $0.name } == [
            "/./a/|b", "/./a/|x", "/a/b|c", "/a/b|y", "/a/b/c|w",
        ])
    }

    @Test func readdirRecursiveCallbackRunsBeforeTheCallReturnsAsInNode20() throws {
        let scratch = try ScratchDirectory("dirs")
        defer { scratch.remove() }
        try scratch.makeTree()
        var steps: [String] = []
        var thrown: NodeError?
        try runOnFreshLoop {
            try fs.readdir(scratch.path + "/z", recursive: true) { error, names in
                steps.append("callback \(names ?? [])")
            }
            steps.append("after the call")
            do {
                try fs.readdir(scratch.path + "/missing", recursive: true) { _, _ in steps.append("never") }
            } catch let error as NodeError {
                thrown = error
            }
        }
        #expect(steps == [#"callback ["q"]"#, "after the call"])
        #expect(thrown?.code == "ENOENT")
        #expect(thrown?.syscall == "scandir")
    }

    @Test func readdirFailuresNameScandir() throws {
        let scratch = try ScratchDirectory("dirs")
        defer { scratch.remove() }
        try scratch.touch("file")
        let missing = scratch.path + "/missing"
        let error = #expect(throws: NodeError.self) { try fs.readdirSync(missing) }
        #expect(error?.message == "ENOENT: no such file or directory, scandir '\(missing)'")
        #expect(error?.errno == -2)
        #expect(error?.path == missing)

        var callbackError: NodeError?
        var promiseError: NodeError?
        try runOnFreshLoop {
            try fs.readdir(scratch.path + "/file") { error, names in
                callbackError = error
                #expect(names == nil)
            }
            fs.promises.readdir(scratch.path + "/file", withFileTypes: true).catch { promiseError = $0 as? NodeError }
        }
        #expect(callbackError?.message == "ENOTDIR: not a directory, scandir '\(scratch.path)/file'")
        #expect(promiseError?.code == "ENOTDIR")
    }

    // MARK: mkdir

    @Test func mkdirRecursiveReturnsTheFirstDirectoryCreated() throws {
        let scratch = try ScratchDirectory("dirs")
        defer { scratch.remove() }
        let created = try fs.mkdirSync(scratch.path + "/a/b/c", recursive: true)
        #expect(created == scratch.path + "/a")
        #expect(try fs.mkdirSync(scratch.path + "/a/b/d", recursive: true) == scratch.path + "/a/b/d")
        #expect(try fs.mkdirSync(scratch.path + "/a/b", recursive: true) == nil)
        #expect(try fs.statSync(scratch.path + "/a/b/c").isDirectory())
        // Node works on the path as given: `n7/../n8/n9` creates `n7` first.
        #expect(try fs.mkdirSync(scratch.path + "/n7/../n8/n9", recursive: true) == scratch.path + "/n7")
        #expect(try fs.mkdirSync(scratch.path + "/n5/./n6/", recursive: true) == scratch.path + "/n5")

        var fromCallback: [String?] = []
        var fromPromise: [String?] = []
        try runOnFreshLoop {
            try fs.mkdir(scratch.path + "/p/q", recursive: true) { error, first in
                #expect(error == nil)
                fromCallback.append(first)
                try fs.mkdir(scratch.path + "/p/q", recursive: true) { _, first in fromCallback.append(first) }
            }
            fs.promises.mkdir(scratch.path + "/r/s", recursive: true).then { first in
                fromPromise.append(first)
                return fs.promises.mkdir(scratch.path + "/r", recursive: true)
            }.then { fromPromise.append($0) }
        }
        #expect(fromCallback == [scratch.path + "/p", nil])
        #expect(fromPromise == [scratch.path + "/r", nil])
    }

    @Test func mkdirRecursiveFailsAsNodeDoes() throws {
        let scratch = try ScratchDirectory("dirs")
        defer { scratch.remove() }
        try scratch.touch("file")
        try fs.mkdirSync(scratch.path + "/a")
        try scratch.touch("a/x")
        // A file in the way: ENOTDIR, naming the whole path given.
        for path in ["/file/x/y", "/a/x/y/z"] {
            let error = #expect(throws: NodeError.self) { try fs.mkdirSync(scratch.path + path, recursive: true) }
            #expect(error?.message == "ENOTDIR: not a directory, mkdir '\(scratch.path + path)'")
            #expect(error?.syscall == "mkdir")
        }
        // The path itself is a file: EEXIST.
        let exists = #expect(throws: NodeError.self) { try fs.mkdirSync(scratch.path + "/file", recursive: true) }
        #expect(exists?.message == "EEXIST: file already exists, mkdir '\(scratch.path)/file'")
        // An empty path: ENOENT.
        let empty = #expect(throws: NodeError.self) { try fs.mkdirSync("", recursive: true) }
        #expect(empty?.message == "ENOENT: no such file or directory, mkdir ''")

        var callbackError: NodeError?
        var promiseError: NodeError?
        try runOnFreshLoop {
            try fs.mkdir(scratch.path + "/a/x/y/z", recursive: true) { error, first in
                callbackError = error
                #expect(first == nil)
            }
            fs.promises.mkdir(scratch.path + "/file", recursive: true).catch { promiseError = $0 as? NodeError }
        }
        #expect(callbackError?.message == "ENOTDIR: not a directory, mkdir '\(scratch.path)/a/x/y/z'")
        #expect(promiseError?.code == "EEXIST")
        #expect(promiseError?.errno == -17)
    }

    #if os(Linux)
    // node v20 never ends `mkdirSync('/proc/nodeloop-none/x', {recursive: true})`, nor calls
    // back `fs.mkdir` with it: /proc takes no new directory (ENOENT), and each time /proc is
    // found Node stacks the path again. NodeLoop reports the ENOENT, naming the path given in
    // the synchronous form and the directory that could not be made in the others.
    @Test func recursiveMkdirOfAPathNoParentCanTakeReportsEnoentWhereNodeLoopsForEver() throws {
        let sync = #expect(throws: NodeError.self) { try fs.mkdirSync("/proc/nodeloop-none/x", recursive: true) }
        #expect(sync?.message == "ENOENT: no such file or directory, mkdir '/proc/nodeloop-none/x'")
        var callbackError: NodeError?
        var promiseError: NodeError?
        try runOnFreshLoop {
            try fs.mkdir("/proc/nodeloop-none/x", recursive: true) { error, _ in callbackError = error }
            fs.promises.mkdir("/proc/nodeloop-none/x", recursive: true).catch { promiseError = $0 as? NodeError }
        }
        #expect(callbackError?.message == "ENOENT: no such file or directory, mkdir '/proc/nodeloop-none'")
        #expect(promiseError?.path == "/proc/nodeloop-none")
    }
    #endif

    @Test func mkdirWithoutRecursiveNeedsTheParentAndNoEntry() throws {
        let scratch = try ScratchDirectory("dirs")
        defer { scratch.remove() }
        #expect(try fs.mkdirSync(scratch.path + "/new") == nil)
        let exists = #expect(throws: NodeError.self) { try fs.mkdirSync(scratch.path + "/new") }
        #expect(exists?.message == "EEXIST: file already exists, mkdir '\(scratch.path)/new'")
        #expect(exists?.errno == -17)
        let missing = #expect(throws: NodeError.self) { try fs.mkdirSync(scratch.path + "/nope/x") }
        #expect(missing?.message == "ENOENT: no such file or directory, mkdir '\(scratch.path)/nope/x'")

        var outcomes: [String] = []
        try runOnFreshLoop {
            try fs.mkdir(scratch.path + "/cb") { error in outcomes.append("callback \(error?.code ?? "ok")") }
            try fs.mkdir(scratch.path + "/new", recursive: false) { error, first in
                outcomes.append("labelled \(error?.code ?? "ok") \(first ?? "nil")")
            }
            fs.promises.mkdir(scratch.path + "/pr").then { outcomes.append("promise \($0 ?? "nil")") }
        }
        #expect(outcomes.sorted() == ["callback ok", "labelled EEXIST nil", "promise nil"])
        #expect(try fs.statSync(scratch.path + "/cb").isDirectory())
    }

    @Test func mkdirAppliesTheModeUnderTheUmask() throws {
        let scratch = try ScratchDirectory("dirs")
        defer { scratch.remove() }
        // The umask is read, not set: other tests create files at the same time.
        let mask = try #require(currentUmask())
        try fs.mkdirSync(scratch.path + "/private", mode: 0o700)
        try fs.mkdirSync(scratch.path + "/deep/er", recursive: true, mode: "750")
        #expect(try fs.statSync(scratch.path + "/private").mode & 0o777 == 0o700 & ~mask)
        #expect(try fs.statSync(scratch.path + "/deep").mode & 0o777 == 0o750 & ~mask)
        #expect(try fs.statSync(scratch.path + "/deep/er").mode & 0o777 == 0o750 & ~mask)
    }

    // MARK: mkdtemp

    @Test func mkdtempAddsSixCharactersToThePrefix() throws {
        let scratch = try ScratchDirectory("dirs")
        defer { scratch.remove() }
        let prefix = scratch.path + "/tmp-"
        let made = try fs.mkdtempSync(prefix)
        #expect(made.hasPrefix(prefix))
        #expect(made.utf8.count == prefix.utf8.count + 6)
        #expect(try fs.statSync(made).isDirectory())

        var fromCallback: String?
        var fromPromise: String?
        try runOnFreshLoop {
            try fs.mkdtemp(prefix) { error, directory in fromCallback = directory }
            fs.promises.mkdtemp(prefix).then { fromPromise = $0 }
        }
        for directory in [fromCallback, fromPromise] {
            #expect(directory?.hasPrefix(prefix) == true)
            #expect(directory?.utf8.count == prefix.utf8.count + 6)
        }
        #expect(Set([made, fromCallback, fromPromise]).count == 3)
    }

    @Test func mkdtempFailuresNameTheTemplate() throws {
        let scratch = try ScratchDirectory("dirs")
        defer { scratch.remove() }
        let prefix = scratch.path + "/nope/x-"
        let error = #expect(throws: NodeError.self) { try fs.mkdtempSync(prefix) }
        #expect(error?.message == "ENOENT: no such file or directory, mkdtemp '\(prefix)XXXXXX'")
        #expect(error?.path == prefix + "XXXXXX")
        // Node 20 cuts the X's of an empty prefix to five, which mkdtemp refuses.
        let empty = #expect(throws: NodeError.self) { try fs.mkdtempSync("") }
        #expect(empty?.message == "EINVAL: invalid argument, mkdtemp 'XXXXX'")

        // Asynchronously, Node names the template as the system left it: X's filled in.
        var asyncPaths: [String?] = []
        try runOnFreshLoop {
            try fs.mkdtemp(prefix) { error, _ in asyncPaths.append(error?.path) }
            fs.promises.mkdtemp(prefix).catch { asyncPaths.append(($0 as? NodeError)?.path) }
        }
        #expect(asyncPaths.count == 2)
        for path in asyncPaths {
            #expect(path?.hasPrefix(prefix) == true)
            #expect(path?.utf8.count == prefix.utf8.count + 6)
        }
    }

    // MARK: rmdir

    @Test func rmdirRemovesOnlyEmptyDirectories() throws {
        let scratch = try ScratchDirectory("dirs")
        defer { scratch.remove() }
        try fs.mkdirSync(scratch.path + "/full/empty", recursive: true)
        try scratch.touch("file")
        try scratch.symlink("full", at: "link")

        let full = #expect(throws: NodeError.self) { try fs.rmdirSync(scratch.path + "/full") }
        #expect(full?.message == "ENOTEMPTY: directory not empty, rmdir '\(scratch.path)/full'")
        #expect(full?.errno == -39)
        let file = #expect(throws: NodeError.self) { try fs.rmdirSync(scratch.path + "/file") }
        #expect(file?.code == "ENOTDIR")
        let link = #expect(throws: NodeError.self) { try fs.rmdirSync(scratch.path + "/link") }
        #expect(link?.message == "ENOTDIR: not a directory, rmdir '\(scratch.path)/link'")

        var outcomes: [String] = []
        try runOnFreshLoop {
            try fs.rmdir(scratch.path + "/full/empty") { error in
                outcomes.append("callback \(error?.code ?? "ok")")
                fs.promises.rmdir(scratch.path + "/full").then { outcomes.append("promise ok") }
            }
            fs.promises.rmdir(scratch.path + "/missing").catch { outcomes.append("promise \(($0 as? NodeError)?.code ?? "")") }
        }
        #expect(outcomes.sorted() == ["callback ok", "promise ENOENT", "promise ok"])
        #expect(try fs.readdirSync(scratch.path) == ["file", "link"])
    }

    // MARK: Path joining

    @Test func pathsJoinAsNodePathJoinDoes() {
        #expect(joinPath(".", "a") == "a")
        #expect(joinPath("./a/", "b") == "a/b")
        #expect(joinPath("/", "a") == "/a")
        #expect(joinPath("a/..", "b") == "b")
        #expect(joinPath("../x", "y") == "../x/y")
        #expect(joinPath("/../x", "y") == "/x/y")
        #expect(joinPath("a//b/", ".") == "a/b")
        #expect(normalizePath("./") == "./")
        #expect(normalizePath("a/../..") == "..")
        #expect(normalizePath("") == ".")
    }
}

/// The process's umask, from the `Umask:` line of /proc/self/status.
private func currentUmask() -> UInt64? {
    guard let file = fopen("/proc/self/status", "r") else { return nil }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 256)
    while fgets(&line, Int32(line.count), file) != nil {
        let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if text.hasPrefix("Umask:") {
            return UInt64(text.dropFirst("Umask:".count).filter { $0.isNumber }, radix: 8)
        }
    }
    return nil
}

private func kinds(_ entry: Dirent) -> String {
    if entry.isDirectory() { return "directory" }
    if entry.isFile() { return "file" }
    if entry.isSymbolicLink() { return "link" }
    if entry.isFIFO() { return "fifo" }
    if entry.isSocket() { return "socket" }
    return "other"
}
