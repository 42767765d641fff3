import Testing
import NodeLoop
#if canImport(Glibc)
import Glibc
#endif

/// `rm` in its three forms, each expectation taken from Node v20 running the same steps,
/// including the edges where Node's synchronous and asynchronous versions differ.
@Suite struct DirectoriesRemoveTests {
    @Test func rmRecursiveRemovesATreeAndNeverFollowsLinks() throws {
        let scratch = try ScratchDirectory("dirs")
        defer { scratch.remove() }
        try fs.mkdirSync(scratch.path + "/target")
        try scratch.touch("target/keep")
        for tree in ["sync", "callback", "promise"] {
            try fs.mkdirSync(scratch.path + "/\(tree)/d/e", recursive: true)
            try scratch.touch("\(tree)/f")
            try scratch.touch("\(tree)/d/e/g")
            try scratch.symlink("../../target", at: "\(tree)/d/link-to-dir")
            try scratch.symlink("f", at: "\(tree)/link-to-file")
            try scratch.symlink("missing", at: "\(tree)/dangling")
        }

        try fs.rmSync(scratch.path + "/sync", recursive: true)
        var callbackError: NodeError?
        var promiseDone = false
        try runOnFreshLoop {
            try fs.rm(scratch.path + "/callback", recursive: true) { error in callbackError = error }
            fs.promises.rm(scratch.path + "/promise", recursive: true).then { promiseDone = true }
        }
        #expect(callbackError == nil)
        #expect(promiseDone)
        #expect(try fs.readdirSync(scratch.path) == ["target"])
        #expect(try fs.readdirSync(scratch.path + "/target") == ["keep"])
    }

    @Test func rmOfADirectoryWithoutRecursiveIsNodesEISDIRSystemError() throws {
        let scratch = try ScratchDirectory("dirs")
        defer { scratch.remove() }
        let directory = scratch.path + "/dir"
        try fs.mkdirSync(directory)

        var errors: [NodeError?] = []
        errors.append(#expect(throws: NodeError.self) { try fs.rmSync(directory) })
        // force does not allow a directory either.
        errors.append(#expect(throws: NodeError.self) { try fs.rmSync(directory, force: true) })
        try runOnFreshLoop {
            try fs.rm(directory) { error in errors.append(error) }
            fs.promises.rm(directory, force: true).catch { errors.append($0 as? NodeError) }
        }
        #expect(errors.count == 4)
        for error in errors {
            #expect(error?.name == "SystemError")
            #expect(error?.code == "ERR_FS_EISDIR")
            #expect(error?.errno == 21)
            #expect(error?.syscall == "rm")
            #expect(error?.path == directory)
            #expect(error?.message == "Path is a directory: rm returned EISDIR (is a directory) \(directory)")
            #expect(error?.description == "SystemError [ERR_FS_EISDIR]: Path is a directory: rm returned EISDIR (is a directory) \(directory)")
        }
        #expect(try fs.statSync(directory).isDirectory())
    }

    @Test func rmOfAMissingPathIsENOENTFromLstatUnlessForced() throws {
        let scratch = try ScratchDirectory("dirs")
        defer { scratch.remove() }
        let missing = scratch.path + "/missing"
        let error = #expect(throws: NodeError.self) { try fs.rmSync(missing) }
        #expect(error?.message == "ENOENT: no such file or directory, lstat '\(missing)'")
        #expect(error?.syscall == "lstat")
        #expect(error?.errno == -2)
        try fs.rmSync(missing, force: true)
        try fs.rmSync(missing, recursive: true, force: true)

        var outcomes: [String] = []
        try runOnFreshLoop {
            try fs.rm(missing) { error in outcomes.append("callback \(error?.message ?? "ok")") }
            try fs.rm(missing, force: true) { error in outcomes.append("callback force \(error?.code ?? "ok")") }
            fs.promises.rm(missing).catch { outcomes.append("promise \(($0 as? NodeError)?.syscall ?? "")") }
            fs.promises.rm(missing, force: true).then { outcomes.append("promise force ok") }
        }
        #expect(outcomes.sorted() == [
            "callback ENOENT: no such file or directory, lstat '\(missing)'",
            "callback force ok",
            "promise force ok",
            "promise lstat",
        ])
    }

    @Test func rmRemovesFilesAndLinksWithoutRecursive() throws {
        let scratch = try ScratchDirectory("dirs")
        defer { scratch.remove() }
        try fs.mkdirSync(scratch.path + "/dir")
        try scratch.touch("file")
        try scratch.touch("other")
        try scratch.symlink("dir", at: "link")
        try fs.rmSync(scratch.path + "/file")
        var callbackError: NodeError?
        try runOnFreshLoop {
            try fs.rm(scratch.path + "/link") { error in callbackError = error }
            _ = fs.promises.rm(scratch.path + "/other")
        }
        #expect(callbackError == nil)
        #expect(try fs.readdirSync(scratch.path) == ["dir"])
    }

    @Test func rmUnderAFileFailsAsEachOfNodesVersionsDoes() throws {
        let scratch = try ScratchDirectory("dirs")
        defer { scratch.remove() }
        try scratch.touch("file")
        let path = scratch.path + "/file/x"
        // With force and recursive, rmSync skips its check and fails when unlinking.
        let forced = #expect(throws: NodeError.self) { try fs.rmSync(path, recursive: true, force: true) }
        #expect(forced?.message == "ENOTDIR: not a directory, unlink '\(path)'")
        let checked = #expect(throws: NodeError.self) { try fs.rmSync(path, force: true) }
        #expect(checked?.message == "ENOTDIR: not a directory, lstat '\(path)'")

        var messages: [String] = []
        try runOnFreshLoop {
            try fs.rm(path, recursive: true, force: true) { error in messages.append(error?.message ?? "ok") }
            fs.promises.rm(path, recursive: true, force: true).catch { messages.append($0.message) }
        }
        #expect(messages == Array(repeating: "ENOTDIR: not a directory, lstat '\(path)'", count: 2))
    }

    @Test func rmRecursiveOfALinkWithATrailingSlashDiffersBetweenNodesVersions() throws {
        let scratch = try ScratchDirectory("dirs")
        defer { scratch.remove() }
        try fs.mkdirSync(scratch.path + "/target")
        try scratch.touch("target/keep")
        try scratch.symlink("target", at: "link")
        let path = scratch.path + "/link/"
        // lstat of `link/` follows the link and sees a directory; rmdir then refuses the link.
        let error = #expect(throws: NodeError.self) { try fs.rmSync(path, recursive: true) }
        #expect(error?.message == "ENOTDIR: not a directory, rmdir '\(path)'")
        // The asynchronous version ends without error and without removing anything.
        var callbackError: NodeError?
        var called = false
        try runOnFreshLoop {
            try fs.rm(path, recursive: true) { error in
                called = true
                callbackError = error
            }
        }
        #expect(called)
        #expect(callbackError == nil)
        #expect(try fs.readdirSync(scratch.path) == ["link", "target"])
        #expect(try fs.readdirSync(scratch.path + "/target") == ["keep"])
    }

    @Test func rmRecursiveRemovesNamesThatAreNotUTF8() throws {
        let scratch = try ScratchDirectory("dirs")
        defer { scratch.remove() }
        for form in ["sync", "async"] {
            try fs.mkdirSync(scratch.path + "/\(form)/sub", recursive: true)
            try makeFile(named: Array((scratch.path + "/\(form)/bad").utf8) + [0xFF, 0xFE])
            try makeFile(named: Array((scratch.path + "/\(form)/sub/x").utf8) + [0xC3])
        }
        // The listing shows such names with U+FFFD, as Node's does.
        #expect(try fs.readdirSync(scratch.path + "/sync") == ["bad\u{FFFD}\u{FFFD}", "sub"])
        try fs.rmSync(scratch.path + "/sync", recursive: true)
        var callbackError: NodeError?
        try runOnFreshLoop {
            try fs.rm(scratch.path + "/async", recursive: true) { error in callbackError = error }
        }
        #expect(callbackError == nil)
        #expect(try fs.readdirSync(scratch.path) == [])
    }

    @Test func rmCallbackComesFromThePollPhaseAfterMicrotasks() throws {
        let scratch = try ScratchDirectory("dirs")
        defer { scratch.remove() }
        try scratch.touch("file")
        var steps: [String] = []
        try runOnFreshLoop {
            try fs.rm(scratch.path + "/file") { _ in steps.append("rm callback") }
            queueMicrotask { steps.append("microtask") }
            steps.append("script end")
        }
        #expect(steps == ["script end", "microtask", "rm callback"])
    }
}

/// Creates an empty file whose path is the raw bytes given.
private func makeFile(named bytes: [UInt8]) throws {
    let path = bytes.map { CChar(bitPattern: $0) } + [0]
    let fd = path.withUnsafeBufferPointer { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
    guard fd >= 0 else { throw NodeError("open failed") }
    close(fd)
}
