import Testing
@testable import NodeLoop

/// symlink, readlink, link and the two realpaths. Expected values and messages are what node
/// v20 prints for the same calls.
@Suite struct PathsLinksTests {
    // MARK: symlink and readlink

    @Test func symlinkStoresTheTargetAsGivenInEachForm() throws {
        let scratch = try ScratchDirectory("paths")
        defer { scratch.remove() }
        try scratch.file("target")
        var read: [String?] = []
        try runOnFreshLoop {
            try fs.symlinkSync("target", scratch["sync"])
            try fs.symlink("target", scratch["callback"]) { error in
                #expect(error == nil)
                try fs.readlink(scratch["callback"]) { error, value in read.append(value) }
            }
            fs.promises.symlink("./target", scratch["promise"], "file").then { () -> Promise<String> in
                fs.promises.readlink(scratch["promise"])
            }.then { read.append($0) }
        }
        #expect(read.compactMap { $0 }.sorted() == ["./target", "target"])
        #expect(try fs.readlinkSync(scratch["sync"]) == "target")
        #expect(try fs.lstatSync(scratch["sync"]).isSymbolicLink())
        #expect(try fs.statSync(scratch["sync"]).isFile())
    }

    @Test func symlinkTypesDirAndJunctionAreAcceptedOffWindows() throws {
        let scratch = try ScratchDirectory("paths")
        defer { scratch.remove() }
        try scratch.directory("d")
        try fs.symlinkSync("d", scratch["dir-link"], "dir")
        try fs.symlinkSync("d", scratch["junction-link"], "junction")
        #expect(try fs.statSync(scratch["dir-link"]).isDirectory())
        #expect(try fs.readlinkSync(scratch["junction-link"]) == "d")
    }

    @Test func symlinkOntoAnExistingPathNamesTheTargetAsPathAndTheLinkAsDest() throws {
        let scratch = try ScratchDirectory("paths")
        defer { scratch.remove() }
        let link = try scratch.file("taken")
        var rejection: NodeError?
        let syncError = #expect(throws: NodeError.self) { try fs.symlinkSync("target", link) }
        try runOnFreshLoop {
            fs.promises.symlink("target", link).catch { error -> Void in rejection = error as? NodeError }
        }
        for error in [syncError, rejection] {
            #expect(error?.code == "EEXIST")
            #expect(error?.syscall == "symlink")
            #expect(error?.path == "target")
            #expect(error?.dest == link)
            #expect(error?.message == "EEXIST: file already exists, symlink 'target' -> '\(link)'")
        }
    }

    @Test func readlinkOfAFileFailsWithEINVAL() throws {
        let scratch = try ScratchDirectory("paths")
        defer { scratch.remove() }
        let file = try scratch.file("file")
        let error = #expect(throws: NodeError.self) { try fs.readlinkSync(file) }
        #expect(error?.code == "EINVAL")
        #expect(error?.errno == -22)
        #expect(error?.message == "EINVAL: invalid argument, readlink '\(file)'")
    }

    // MARK: link

    @Test func linkAddsANameToTheSameInode() throws {
        let scratch = try ScratchDirectory("paths")
        defer { scratch.remove() }
        let first = try scratch.file("first", size: 3)
        var callbackError: NodeError? = NodeError("not called")
        try runOnFreshLoop {
            try fs.link(first, scratch["second"]) { error in callbackError = error }
            _ = fs.promises.link(first, scratch["third"])
        }
        #expect(callbackError == nil)
        let stats = try fs.statSync(first)
        #expect(stats.nlink == 3)
        #expect(try fs.statSync(scratch["third"]).ino == stats.ino)
        try fs.unlinkSync(first)
        #expect(try fs.statSync(scratch["second"]).nlink == 2)
    }

    @Test func linkOfADirectoryFailsWithEPERM() throws {
        let scratch = try ScratchDirectory("paths")
        defer { scratch.remove() }
        let directory = try scratch.directory("d")
        let error = #expect(throws: NodeError.self) { try fs.linkSync(directory, scratch["hd"]) }
        #expect(error?.code == "EPERM")
        #expect(error?.errno == -1)
        #expect(error?.message == "EPERM: operation not permitted, link '\(directory)' -> '\(scratch["hd"])'")
    }

    // MARK: realpath (Node's JavaScript walk)

    @Test func realpathFollowsLinksInEachForm() throws {
        let scratch = try ScratchDirectory("paths")
        defer { scratch.remove() }
        let root = try fs.realpathSyncNative(scratch.path)
        try scratch.directory("real")
        try scratch.file("real/file")
        try fs.symlinkSync("real", scratch["link"])
        try fs.symlinkSync(scratch["link"] + "/file", scratch["absolute-chain"])
        var results: [String] = []
        try runOnFreshLoop {
            try fs.realpath(scratch["absolute-chain"]) { _, resolved in results.append("callback \(resolved ?? "")") }
            fs.promises.realpath(scratch["link/file"]).then { results.append("promise \($0)") }
        }
        #expect(try fs.realpathSync(scratch["link/./file"]) == root + "/real/file")
        #expect(results.sorted() == ["callback \(root)/real/file", "promise \(root)/real/file"])
    }

    @Test func realpathOfTheEmptyPathIsTheWorkingDirectory() throws {
        #expect(try fs.realpathSync("") == fs.realpathSyncNative("."))
        #expect(try fs.realpathSync(".") == fs.realpathSyncNative("."))
    }

    /// Node's JavaScript realpath resolves the path as written first, so `link/..` is the
    /// link's own directory; realpath(3) applies `..` to where the link leads.
    @Test func realpathAppliesDotDotBeforeFollowingLinksUnlikeTheNativeOne() throws {
        let scratch = try ScratchDirectory("paths")
        defer { scratch.remove() }
        let root = try fs.realpathSyncNative(scratch.path)
        try scratch.directory("real")
        try scratch.directory("real/sub")
        try fs.symlinkSync("real/sub", scratch["deep"])
        #expect(try fs.realpathSync(scratch["deep"] + "/..") == root)
        #expect(try fs.realpathSyncNative(scratch["deep"] + "/..") == root + "/real")
    }

    @Test func realpathIgnoresATrailingSlashOnAFileUnlikeTheNativeOne() throws {
        let scratch = try ScratchDirectory("paths")
        defer { scratch.remove() }
        let root = try fs.realpathSyncNative(scratch.path)
        let file = try scratch.file("file")
        #expect(try fs.realpathSync(file + "/") == root + "/file")
        let error = #expect(throws: NodeError.self) { try fs.realpathSyncNative(file + "/") }
        #expect(error?.message == "ENOTDIR: not a directory, realpath '\(file)/'")
    }

    @Test func realpathErrorsNameLstatAndTheFirstMissingComponent() throws {
        let scratch = try ScratchDirectory("paths")
        defer { scratch.remove() }
        let root = try fs.realpathSyncNative(scratch.path)
        try scratch.directory("d")
        try scratch.file("a")
        let missing = #expect(throws: NodeError.self) { try fs.realpathSync(scratch["d/x/y"]) }
        #expect(missing?.code == "ENOENT")
        #expect(missing?.syscall == "lstat")
        #expect(missing?.path == root + "/d/x")
        #expect(missing?.message == "ENOENT: no such file or directory, lstat '\(root)/d/x'")
        let throughFile = #expect(throws: NodeError.self) { try fs.realpathSync(scratch["a/x"]) }
        #expect(throughFile?.message == "ENOTDIR: not a directory, lstat '\(root)/a/x'")
        var callbackError: NodeError?
        try runOnFreshLoop {
            try fs.realpath(scratch["d/x/y"]) { error, _ in callbackError = error }
        }
        #expect(callbackError == missing)
    }

    @Test func realpathOfADanglingOrLoopingLinkNamesStat() throws {
        let scratch = try ScratchDirectory("paths")
        defer { scratch.remove() }
        let root = try fs.realpathSyncNative(scratch.path)
        try fs.symlinkSync("nowhere", scratch["dangling"])
        try fs.symlinkSync("loop2", scratch["loop1"])
        try fs.symlinkSync("loop1", scratch["loop2"])
        let dangling = #expect(throws: NodeError.self) { try fs.realpathSync(scratch["dangling"]) }
        #expect(dangling?.message == "ENOENT: no such file or directory, stat '\(root)/dangling'")
        let loop = #expect(throws: NodeError.self) { try fs.realpathSync(scratch["loop1"]) }
        #expect(loop?.code == "ELOOP")
        #expect(loop?.errno == -40)
        #expect(loop?.message == "ELOOP: too many symbolic links encountered, stat '\(root)/loop1'")
    }

    // MARK: realpath.native and fs.promises.realpath (realpath(3))

    @Test func nativeRealpathErrorsNameRealpathAndThePathAsGiven() throws {
        var callbackError: NodeError?
        var rejection: NodeError?
        let syncError = #expect(throws: NodeError.self) { try fs.realpathSyncNative("nodeloop-missing") }
        try runOnFreshLoop {
            try fs.realpathNative("nodeloop-missing") { error, _ in callbackError = error }
            fs.promises.realpath("nodeloop-missing").catch { error -> Void in rejection = error as? NodeError }
        }
        for error in [syncError, callbackError, rejection] {
            #expect(error?.syscall == "realpath")
            #expect(error?.path == "nodeloop-missing")
            #expect(error?.message == "ENOENT: no such file or directory, realpath 'nodeloop-missing'")
        }
        let empty = #expect(throws: NodeError.self) { try fs.realpathSyncNative("") }
        #expect(empty?.message == "ENOENT: no such file or directory, realpath ''")
    }
}
