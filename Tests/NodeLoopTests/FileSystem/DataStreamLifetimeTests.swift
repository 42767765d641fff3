import Testing
@testable import NodeLoop

/// File streams let go of their listeners once `close` has gone out, so listeners that capture
/// their own stream do not keep it alive, and close their file on every path: to the end, on an
/// error, destroyed before or while reading, left by an iteration, or released unread.
@Suite struct DataStreamLifetimeTests {
    @Test func aReadStreamWhoseListenersCaptureItIsFreedAfterClose() throws {
        try ScratchDirectory.with("data") { dir in
            try fs.writeFileSync(dir + "/a.txt", "abcdef")
            weak var freed: ReadStream<Buffer>?
            var heard: [String] = []
            try runOnFreshLoop {
                let input = try fs.createReadStream(dir + "/a.txt", highWaterMark: 4)
                freed = input
                input.on(.open) { _ in withExtendedLifetime(input) { heard.append("open") } }
                input.on(.data) { chunk in withExtendedLifetime(input) { heard.append(String(chunk.length)) } }
                input.on(.close) { withExtendedLifetime(input) { heard.append("close") } }
            }
            #expect(heard == ["open", "4", "2", "close"])
            #expect(freed == nil)
        }
    }

    @Test func aWriteStreamWhoseListenersCaptureItIsFreedAfterClose() throws {
        try ScratchDirectory.with("data") { dir in
            weak var freed: WriteStream?
            var heard: [String] = []
            try runOnFreshLoop {
                let out = try fs.createWriteStream(dir + "/out.txt")
                freed = out
                out.write("one\n") { _ in withExtendedLifetime(out) { heard.append("one") } }
                out.on(.finish) { withExtendedLifetime(out) { heard.append("finish") } }
                out.on(.close) { withExtendedLifetime(out) { heard.append("close") } }
                out.end()
            }
            #expect(heard == ["one", "finish", "close"])
            #expect(freed == nil)
        }
    }

    @Test func failedStreamsWhoseListenersCaptureThemAreFreed() throws {
        try ScratchDirectory.with("data") { dir in
            weak var freedInput: ReadStream<Buffer>?
            weak var freedOutput: WriteStream?
            var codes: [String] = []
            try runOnFreshLoop {
                let input = try fs.createReadStream(dir + "/missing.txt")
                let out = try fs.createWriteStream(dir + "/missing/out.txt")
                freedInput = input
                freedOutput = out
                input.on(.error) { error in withExtendedLifetime(input) { codes.append(NodeError(wrapping: error).code ?? "?") } }
                out.on(.error) { error in withExtendedLifetime(out) { codes.append(NodeError(wrapping: error).code ?? "?") } }
                out.write("lost") { error in withExtendedLifetime(out) { codes.append("write " + (error?.message.prefix(6) ?? "")) } }
            }
            #expect(codes.sorted() == ["ENOENT", "ENOENT", "write ENOENT"])
            #expect(freedInput == nil)
            #expect(freedOutput == nil)
        }
    }

    // A stream released with its file open (opened, never read) closes the file, where Node's
    // would keep it open until the process ends.
    @Test func aReadStreamReleasedWithItsFileOpenClosesIt() throws {
        try ScratchDirectory.with("data") { dir in
            let path = dir + "/a.txt"
            try fs.writeFileSync(path, "abc")
            let inode = try fs.statSync(path).ino
            weak var freed: ReadStream<Buffer>?
            var descriptor: Int32 = -1
            try runOnFreshLoop {
                let input = try fs.createReadStream(path)
                freed = input
                input.once(.open) { fd in descriptor = fd }
            }
            #expect(freed == nil)
            #expect(descriptor >= 0)
            #expect(DataTestSupport.isClosed(descriptor, inode: inode))
        }
    }

    /// One way a file stream's life can go, made many times over: `run` makes the stream on the
    /// file at a path and reports the descriptor it opens (its `open` event) with that path.
    struct Ending: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let run: @Sendable (_ path: String, _ opened: @escaping (Int32) -> Void) throws -> Void
    }

    static let endings: [Ending] = [
        Ending(testDescription: "read to the end") { path, opened in
            try fs.createReadStream(path).resume().on(.open, opened)
        },
        Ending(testDescription: "destroyed after the first chunk") { path, opened in
            let input = try fs.createReadStream(path, highWaterMark: 1024)
            input.on(.open, opened)
            input.once(.data) { [unowned input] _ in input.destroy() }
        },
        Ending(testDescription: "destroyed before it opened") { path, opened in
            try fs.createReadStream(path).destroy().on(.open, opened)
        },
        Ending(testDescription: "an iteration left early") { path, opened in
            let input = LoopBound(try fs.createReadStream(path, highWaterMark: 100))
            input.value.on(.open, opened)
            _ = Promise { () async throws in
                for try await _ in input.value { break }
            }
        },
        Ending(testDescription: "released unread") { path, opened in
            try fs.createReadStream(path).on(.open, opened)
        },
        Ending(testDescription: "written and ended") { path, opened in
            try fs.createWriteStream(path, flags: "a").end("x").on(.open, opened)
        },
        Ending(testDescription: "a failing write") { path, opened in
            let out = try fs.createWriteStream(path, flags: "r")
            out.on(.open, opened)
            out.on(.error) { _ in }
            out.write("x")
        },
        Ending(testDescription: "destroyed while writing") { path, opened in
            let out = try fs.createWriteStream(path, flags: "a")
            out.on(.open) { [unowned out] fd in
                opened(fd)
                out.write(Buffer(Array(repeating: 1, count: 1 << 16)))
                out.destroy()
            }
        },
    ]

    // Each stream has a file of its own, so that a descriptor number reused by a later stream is
    // told apart from one left open (`isClosed` compares the inode).
    @Test(arguments: endings)
    func noDescriptorOutlivesItsStream(_ ending: Ending) throws {
        try ScratchDirectory.with("data") { dir in
            let paths = (0..<200).map { dir + "/file-\($0).bin" }
            let bytes = Buffer(Array(repeating: 7, count: 10_000))
            for path in paths { try fs.writeFileSync(path, bytes) }
            var descriptors: [(fd: Int32, path: String)] = []
            try runOnFreshLoop {
                for path in paths { try ending.run(path) { descriptors.append(($0, path)) } }
            }
            #expect(descriptors.count == paths.count)
            for (fd, path) in descriptors {
                #expect(DataTestSupport.isClosed(fd, inode: try fs.statSync(path).ino), "\(path) is still open as \(fd)")
            }
        }
    }

    // A missing file opens nothing: the stream reports the error and closes, and the loop ends.
    @Test func aStreamOnAMissingFileOpensNothing() throws {
        try ScratchDirectory.with("data") { dir in
            var heard: [String] = []
            try runOnFreshLoop {
                for _ in 0..<200 {
                    let input = try fs.createReadStream(dir + "/missing.bin")
                    input.on(.open) { _ in heard.append("open") }
                    input.on(.error) { _ in }
                    input.on(.close) { heard.append("close") }
                }
            }
            #expect(heard == Array(repeating: "close", count: 200))
        }
    }
}
