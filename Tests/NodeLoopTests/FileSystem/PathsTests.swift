import Testing
@testable import NodeLoop

/// unlink, rename, copyFile, access, existsSync and fs.constants, in their callback, sync and
/// promise forms. Expected values and messages are what node v20 prints for the same calls.
@Suite struct PathsTests {
    // MARK: unlink

    @Test func unlinkRemovesAFileInEachForm() throws {
        let scratch = try ScratchDirectory("paths")
        defer { scratch.remove() }
        let a = try scratch.file("a"), b = try scratch.file("b"), c = try scratch.file("c")
        var callbackError: NodeError? = NodeError("not called")
        var fulfilled = false
        try runOnFreshLoop {
            try fs.unlinkSync(a)
            try fs.unlink(b) { error in callbackError = error }
            fs.promises.unlink(c).then { fulfilled = true }
        }
        #expect(callbackError == nil)
        #expect(fulfilled)
        #expect(!fs.existsSync(a) && !fs.existsSync(b) && !fs.existsSync(c))
    }

    @Test func unlinkRemovesASymbolicLinkNotItsTarget() throws {
        let scratch = try ScratchDirectory("paths")
        defer { scratch.remove() }
        let target = try scratch.file("target")
        try fs.symlinkSync("target", scratch["link"])
        try fs.unlinkSync(scratch["link"])
        #expect(throws: NodeError.self) { try fs.lstatSync(scratch["link"]) }
        #expect(fs.existsSync(target))
    }

    @Test func unlinkOfADirectoryFailsWithEISDIR() throws {
        let scratch = try ScratchDirectory("paths")
        defer { scratch.remove() }
        let directory = try scratch.directory("d")
        let error = #expect(throws: NodeError.self) { try fs.unlinkSync(directory) }
        #expect(error?.code == "EISDIR")
        #expect(error?.errno == -21)
        #expect(error?.message == "EISDIR: illegal operation on a directory, unlink '\(directory)'")
        #expect(error?.dest == nil)
    }

    /// The callback comes from the poll phase: after the script, its ticks and its promise jobs;
    /// the promise job it queues runs before the immediate it queues.
    @Test func unlinkCallbackRunsAfterTheScriptAndItsMicrotasks() throws {
        let scratch = try ScratchDirectory("paths")
        defer { scratch.remove() }
        let file = try scratch.file("file")
        var order: [String] = []
        try runOnFreshLoop {
            try fs.unlink(file) { _ in
                order.append("callback")
                setImmediate { order.append("immediate from callback") }
                Promise.resolve().then { order.append("promise from callback") }
            }
            Promise.resolve().then { order.append("promise") }
            process.nextTick { order.append("tick") }
            order.append("script")
        }
        #expect(order == ["script", "tick", "promise", "callback", "promise from callback", "immediate from callback"])
    }

    // MARK: rename

    @Test func renameMovesAFileAndReplacesAnExistingOne() throws {
        let scratch = try ScratchDirectory("paths")
        defer { scratch.remove() }
        let a = try scratch.file("a", size: 3)
        let b = try scratch.file("b", size: 7)
        try fs.renameSync(a, b)
        #expect(!fs.existsSync(a))
        #expect(try fs.statSync(b).size == 3)
    }

    @Test func renameOfAMissingFileNamesBothPathsInEachForm() throws {
        let scratch = try ScratchDirectory("paths")
        defer { scratch.remove() }
        let (from, to) = (scratch["missing"], scratch["b"])
        let message = "ENOENT: no such file or directory, rename '\(from)' -> '\(to)'"
        let syncError = #expect(throws: NodeError.self) { try fs.renameSync(from, to) }
        var callbackError: NodeError?
        var rejection: NodeError?
        try runOnFreshLoop {
            try fs.rename(from, to) { error in callbackError = error }
            fs.promises.rename(from, to).catch { error -> Void in rejection = error as? NodeError }
        }
        for error in [syncError, callbackError, rejection] {
            #expect(error?.code == "ENOENT")
            #expect(error?.errno == -2)
            #expect(error?.syscall == "rename")
            #expect(error?.path == from)
            #expect(error?.dest == to)
            #expect(error?.message == message)
        }
    }

    @Test func renameKeepsRelativePathsAsGivenInErrors() throws {
        let error = #expect(throws: NodeError.self) { try fs.renameSync("nodeloop-no-such-file", "b") }
        #expect(error?.message == "ENOENT: no such file or directory, rename 'nodeloop-no-such-file' -> 'b'")
        #expect(error?.path == "nodeloop-no-such-file")
    }

    @Test func renameOfADirectoryIntoItselfFailsWithEINVAL() throws {
        let scratch = try ScratchDirectory("paths")
        defer { scratch.remove() }
        let d = try scratch.directory("d")
        let error = #expect(throws: NodeError.self) { try fs.renameSync(d, d + "/inner") }
        #expect(error?.code == "EINVAL")
        #expect(error?.message == "EINVAL: invalid argument, rename '\(d)' -> '\(d)/inner'")
    }

    // MARK: copyFile

    @Test func copyFileCopiesAndReplacesInEachForm() throws {
        let scratch = try ScratchDirectory("paths")
        defer { scratch.remove() }
        let src = try scratch.file("src", size: 5)
        try scratch.file("existing", size: 2)
        var callbackError: NodeError? = NodeError("not called")
        var fulfilled = false
        try runOnFreshLoop {
            try fs.copyFileSync(src, scratch["sync"])
            try fs.copyFile(src, scratch["existing"]) { error in callbackError = error }
            fs.promises.copyFile(src, scratch["promise"]).then { fulfilled = true }
        }
        #expect(callbackError == nil)
        #expect(fulfilled)
        for name in ["sync", "existing", "promise"] {
            #expect(try fs.statSync(scratch[name]).size == 5)
        }
        #expect(try fs.statSync(src).size == 5)
    }

    @Test func copyFileExclOntoAnExistingFileFailsWithEEXISTNamingBoth() throws {
        let scratch = try ScratchDirectory("paths")
        defer { scratch.remove() }
        let src = try scratch.file("src", size: 5)
        let dest = try scratch.file("dest", size: 2)
        let syncError = #expect(throws: NodeError.self) { try fs.copyFileSync(src, dest, fs.constants.COPYFILE_EXCL) }
        var callbackError: NodeError?
        var rejection: NodeError?
        try runOnFreshLoop {
            try fs.copyFile(src, dest, fs.constants.COPYFILE_EXCL) { error in callbackError = error }
            fs.promises.copyFile(src, dest, fs.constants.COPYFILE_EXCL).catch { error -> Void in rejection = error as? NodeError }
        }
        for error in [syncError, callbackError, rejection] {
            #expect(error?.code == "EEXIST")
            #expect(error?.errno == -17)
            #expect(error?.syscall == "copyfile")
            #expect(error?.path == src)
            #expect(error?.dest == dest)
            #expect(error?.message == "EEXIST: file already exists, copyfile '\(src)' -> '\(dest)'")
        }
        #expect(try fs.statSync(dest).size == 2)
    }

    @Test func copyFileWithFicloneFallsBackToACopy() throws {
        let scratch = try ScratchDirectory("paths")
        defer { scratch.remove() }
        let src = try scratch.file("src", size: 4)
        try fs.copyFileSync(src, scratch["clone"], fs.constants.COPYFILE_FICLONE)
        #expect(try fs.statSync(scratch["clone"]).size == 4)
    }

    /// Whether a forced clone works depends on the file system (tmpfs and ext4 cannot clone,
    /// btrfs and xfs can); where it cannot, Node reports ENOTSUP with libuv's message.
    @Test func copyFileWithFicloneForceClonesOrFailsWithENOTSUP() throws {
        let scratch = try ScratchDirectory("paths")
        defer { scratch.remove() }
        let src = try scratch.file("src", size: 4)
        do {
            try fs.copyFileSync(src, scratch["clone"], fs.constants.COPYFILE_FICLONE_FORCE)
            #expect(try fs.statSync(scratch["clone"]).size == 4)
        } catch let error as NodeError {
            #expect(error.code == "ENOTSUP")
            #expect(error.message == "ENOTSUP: operation not supported on socket, copyfile '\(src)' -> '\(scratch["clone"])'")
        }
    }

    @Test func copyFileFromOrOntoADirectoryFailsWithEISDIR() throws {
        let scratch = try ScratchDirectory("paths")
        defer { scratch.remove() }
        let file = try scratch.file("a")
        let directory = try scratch.directory("d")
        let onto = #expect(throws: NodeError.self) { try fs.copyFileSync(file, directory) }
        #expect(onto?.message == "EISDIR: illegal operation on a directory, copyfile '\(file)' -> '\(directory)'")
        let from = #expect(throws: NodeError.self) { try fs.copyFileSync(directory, scratch["z"]) }
        #expect(from?.message == "EISDIR: illegal operation on a directory, copyfile '\(directory)' -> '\(scratch["z"])'")
    }

    // MARK: access and existsSync

    @Test func accessOnAReadOnlyFileChecksEachMode() throws {
        let scratch = try ScratchDirectory("paths")
        defer { scratch.remove() }
        let file = try scratch.file("read-only")
        try fs.chmodSync(file, 0o444)
        let c = fs.constants
        try fs.accessSync(file)
        try fs.accessSync(file, c.F_OK)
        try fs.accessSync(file, c.R_OK)
        let execute = #expect(throws: NodeError.self) { try fs.accessSync(file, c.X_OK) }
        #expect(execute?.code == "EACCES")
        #expect(execute?.errno == -13)
        #expect(execute?.message == "EACCES: permission denied, access '\(file)'")
        if pathsTestsRunAsRoot {
            try fs.accessSync(file, c.R_OK | c.W_OK)
        } else {
            #expect(throws: NodeError.self) { try fs.accessSync(file, c.W_OK) }
        }
    }

    @Test func accessReportsMissingFilesInTheCallbackAndPromiseForms() throws {
        let scratch = try ScratchDirectory("paths")
        defer { scratch.remove() }
        let file = try scratch.file("present")
        var results: [String] = []
        try runOnFreshLoop {
            try fs.access(file) { error in results.append("callback present \(error?.code ?? "ok")") }
            try fs.access(scratch["missing"], fs.constants.W_OK) { error in results.append("callback missing \(error?.code ?? "ok") \(error?.syscall ?? "")") }
            fs.promises.access(file, fs.constants.R_OK).then { results.append("promise present ok") }
            fs.promises.access(scratch["missing"]).catch { error -> Void in results.append("promise missing \(error.message)") }
        }
        #expect(results.sorted() == [
            "callback missing ENOENT access",
            "callback present ok",
            "promise missing ENOENT: no such file or directory, access '\(scratch["missing"])'",
            "promise present ok",
        ])
    }

    @Test func existsSyncIsTrueForFilesAndDirectoriesAndFalseOtherwise() throws {
        let scratch = try ScratchDirectory("paths")
        defer { scratch.remove() }
        let file = try scratch.file("file")
        try fs.symlinkSync("missing", scratch["dangling"])
        #expect(fs.existsSync(file))
        #expect(fs.existsSync(scratch.path))
        #expect(!fs.existsSync(scratch["missing"]))
        #expect(!fs.existsSync(scratch["dangling"]))
        #expect(!fs.existsSync(file + "\0"))
        #expect(!fs.existsSync(""))
        #expect(!fs.existsSync(file + "/below"))
    }

    // MARK: fs.constants

    /// `node -p "JSON.stringify(require('fs').constants)"` on Linux x86_64, Node v20.
    static let nodeConstants: [String: Int32] = [
        "UV_FS_SYMLINK_DIR": 1, "UV_FS_SYMLINK_JUNCTION": 2, "O_RDONLY": 0, "O_WRONLY": 1, "O_RDWR": 2,
        "UV_DIRENT_UNKNOWN": 0, "UV_DIRENT_FILE": 1, "UV_DIRENT_DIR": 2, "UV_DIRENT_LINK": 3, "UV_DIRENT_FIFO": 4,
        "UV_DIRENT_SOCKET": 5, "UV_DIRENT_CHAR": 6, "UV_DIRENT_BLOCK": 7, "EXTENSIONLESS_FORMAT_JAVASCRIPT": 0,
        "EXTENSIONLESS_FORMAT_WASM": 1, "S_IFMT": 61440, "S_IFREG": 32768, "S_IFDIR": 16384, "S_IFCHR": 8192,
        "S_IFBLK": 24576, "S_IFIFO": 4096, "S_IFLNK": 40960, "S_IFSOCK": 49152, "O_CREAT": 64, "O_EXCL": 128,
        "UV_FS_O_FILEMAP": 0, "O_NOCTTY": 256, "O_TRUNC": 512, "O_APPEND": 1024, "O_DIRECTORY": 65536,
        "O_NOATIME": 262144, "O_NOFOLLOW": 131072, "O_SYNC": 1052672, "O_DSYNC": 4096, "O_DIRECT": 16384,
        "O_NONBLOCK": 2048, "S_IRWXU": 448, "S_IRUSR": 256, "S_IWUSR": 128, "S_IXUSR": 64, "S_IRWXG": 56,
        "S_IRGRP": 32, "S_IWGRP": 16, "S_IXGRP": 8, "S_IRWXO": 7, "S_IROTH": 4, "S_IWOTH": 2, "S_IXOTH": 1,
        "F_OK": 0, "R_OK": 4, "W_OK": 2, "X_OK": 1, "UV_FS_COPYFILE_EXCL": 1, "COPYFILE_EXCL": 1,
        "UV_FS_COPYFILE_FICLONE": 2, "COPYFILE_FICLONE": 2, "UV_FS_COPYFILE_FICLONE_FORCE": 4,
        "COPYFILE_FICLONE_FORCE": 4,
    ]

    #if os(Linux) && arch(x86_64)
    @Test func constantsHaveNodesNamesAndValues() {
        var constants: [String: Int32] = [:]
        for child in Mirror(reflecting: fs.constants).children {
            if let name = child.label, let value = child.value as? Int32 { constants[name] = value }
        }
        #expect(constants == Self.nodeConstants)
        #expect(fs.promises.constants.COPYFILE_EXCL == 1)
    }
    #endif
}
