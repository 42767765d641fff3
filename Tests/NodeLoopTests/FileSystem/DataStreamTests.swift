import Glibc
import Testing
@testable import NodeLoop

/// `fs.createReadStream` as an `AsyncSequence` and `fs.createWriteStream` with awaited writes:
/// bounded memory, chunk ranges, order, closing on every path, and Node's errors; expected
/// values were printed by node v20.
@Suite struct DataStreamTests {
    /// 64 MiB written in 1 MiB chunks, each awaited, and read back in 1 MiB chunks: the
    /// checksum computed while writing matches the one computed while reading, and no more than
    /// one chunk is held at a time on either side.
    @Test func sixtyFourMebibytesRoundTripThroughTheStreamsInBoundedMemory() throws {
        try ScratchDirectory.with("data") { dir in
            let path = dir + "/big.bin"
            let chunkSize = 1 << 20
            let chunkCount = 64
            let result = try DataTestSupport.runAsync { () async throws -> [UInt64] in
                var pattern = DataTestSupport.pattern(count: chunkSize)
                var written = DataTestSupport.Checksum()
                let out = try fs.createWriteStream(path)
                for index in 0..<chunkCount {
                    // Each chunk differs from the others in its first bytes.
                    withUnsafeBytes(of: UInt64(index).littleEndian) { pattern.replaceSubrange(0..<8, with: $0) }
                    let chunk = Buffer(pattern)
                    written.add(chunk.bytes)
                    try await out.write(chunk).value
                }
                try await out.end().value

                var read = DataTestSupport.Checksum()
                var total = 0
                var largest = 0
                var chunks = 0
                for try await chunk in try fs.createReadStream(path, highWaterMark: chunkSize) {
                    read.add(chunk.bytes)
                    total += chunk.length
                    largest = max(largest, chunk.length)
                    chunks += 1
                }
                return [written.value, read.value, UInt64(total), UInt64(largest), UInt64(chunks)]
            }
            #expect(result[0] == result[1])
            #expect(result[2] == UInt64(chunkSize * chunkCount))
            #expect(result[3] == UInt64(chunkSize))
            #expect(result[4] == UInt64(chunkCount))
            #expect(try fs.statSync(path).size == chunkSize * chunkCount)
        }
    }

    // node: createReadStream(p, {start: 1, end: 4, highWaterMark: 2}) on 'abcdef' -> 'bc', 'de';
    // {start: 2, end: 2} -> 'c'; {start: 100} -> nothing; {end: 0} -> 'a'; {end: 100} -> all
    @Test(arguments: [
        (2, 1, 4, ["bc", "de"]),
        (65_536, 2, 2, ["c"]),
        (65_536, 100, nil, []),
        (65_536, 0, 0, ["a"]),
        (65_536, 0, 100, ["abcdef"]),
        (4, 0, nil, ["abcd", "ef"]),
    ] as [(Int, Int64, Int64?, [String])])
    func aReadStreamYieldsChunksOfTheRangeAtMostHighWaterMarkLong(_ highWaterMark: Int, _ start: Int64, _ end: Int64?, _ expected: [String]) throws {
        try ScratchDirectory.with("data") { dir in
            let path = dir + "/a.txt"
            try fs.writeFileSync(path, "abcdef")
            let chunks = try DataTestSupport.runAsync { () async throws -> [String] in
                var chunks: [String] = []
                for try await chunk in try fs.createReadStream(path, highWaterMark: highWaterMark, start: start, end: end) {
                    chunks.append(try chunk.toString())
                }
                return chunks
            }
            #expect(chunks == expected)
        }
    }

    // node: for await (const c of createReadStream('missing.txt')) -> throws ENOENT, syscall open,
    // path 'missing.txt'; of a directory -> EISDIR, syscall read, no path
    @Test func aReadStreamThrowsNodesErrorsFromTheStepThatMeetsThem() throws {
        try ScratchDirectory.with("data") { dir in
            let errors = try DataTestSupport.runAsync { () async throws -> [String] in
                var errors: [String] = []
                for path in [dir + "/missing.txt", dir] {
                    do {
                        for try await _ in try fs.createReadStream(path) {}
                        errors.append("no error")
                    } catch {
                        let error = NodeError(wrapping: error)
                        errors.append("\(error.code ?? "-") \(error.syscall ?? "-") \(error.path ?? "no path")")
                    }
                }
                return errors
            }
            #expect(errors == ["ENOENT open \(dir)/missing.txt", "EISDIR read no path"])
        }
    }

    // The file closes at the end of the file, and when iteration stops early.
    @Test func aReadStreamClosesItsFileAtTheEndAndWhenIterationStopsEarly() throws {
        try ScratchDirectory.with("data") { dir in
            let path = dir + "/a.txt"
            try fs.writeFileSync(path, "abcdef")
            let inode = try fs.statSync(path).ino
            let descriptors = try DataTestSupport.runAsync { () async throws -> [Int32] in
                var descriptors: [Int32] = []
                do {
                    var iterator = try fs.createReadStream(path, highWaterMark: 2).makeAsyncIterator()
                    _ = try await iterator.next()
                    descriptors.append(iterator.reader.descriptor ?? -1)
                }
                var iterator = try fs.createReadStream(path, highWaterMark: 4).makeAsyncIterator()
                while try await iterator.next() != nil {
                    descriptors.append(iterator.reader.descriptor ?? -1)
                }
                descriptors.append(iterator.reader.descriptor ?? -1)
                return descriptors
            }
            #expect(descriptors.count == 4)
            #expect(descriptors[0] >= 0 && descriptors[1] >= 0 && descriptors[2] >= 0)
            #expect(descriptors[3] == -1)
            // The loop has run to its end: the early stop's close has completed.
            #expect(DataTestSupport.isClosed(descriptors[0], inode: inode))
            #expect(DataTestSupport.isClosed(descriptors[2], inode: inode))
        }
    }

    // node: 100 writes made without waiting, then end() -> the file holds them in order
    @Test func writesMadeWithoutWaitingArePerformedInOrder() throws {
        try ScratchDirectory.with("data") { dir in
            let path = dir + "/out.txt"
            var settled: [Int] = []
            var ended = false
            try runOnFreshLoop {
                let out = try fs.createWriteStream(path)
                for index in 0..<100 {
                    out.write("\(index),").then { settled.append(index) }
                }
                out.end().then { ended = true }
            }
            #expect(settled == Array(0..<100))
            #expect(ended)
            #expect(try fs.readFileSync(path, encoding: .utf8) == (0..<100).map { "\($0)," }.joined())
        }
    }

    // node: createWriteStream('nodir/x.txt'): write('a', cb), write('b', cb), end(cb) -> each gets
    // ENOENT: no such file or directory, open 'nodir/x.txt'; with {flags: 'q'} each gets
    // The argument 'flags' is invalid. Received 'q'; with {flags: 'r'} each gets EBADF ..., write
    @Test(arguments: [
        ("nodir/x.txt", OpenFlags.write, "ENOENT: no such file or directory, open '<dir>/nodir/x.txt'"),
        ("x.txt", "q", "The argument 'flags' is invalid. Received 'q'"),
        ("a.txt", "wx", "EEXIST: file already exists, open '<dir>/a.txt'"),
        ("a.txt", "r", "EBADF: bad file descriptor, write"),
    ])
    func aFailedOpenOrWriteRejectsEveryWriteAndEnd(_ name: String, _ flags: OpenFlags, _ message: String) throws {
        try ScratchDirectory.with("data") { dir in
            try fs.writeFileSync(dir + "/a.txt", "abc")
            var messages: [String] = []
            try runOnFreshLoop {
                let out = try fs.createWriteStream(dir + "/" + name, flags: flags)
                out.write("a").catch { messages.append("write a: " + $0.message) }
                out.write("b").catch { messages.append("write b: " + $0.message) }
                out.end().catch { messages.append("end: " + $0.message) }
            }
            let expected = message.replacingOccurrences(of: "<dir>", with: dir)
            #expect(messages == ["write a: " + expected, "write b: " + expected, "end: " + expected])
            #expect(try fs.readFileSync(dir + "/a.txt", encoding: .utf8) == "abc")
        }
    }

    // node: ws.write('a', cb); ws.end(cb); ws.write('b', cb) where b's callback writes 'c' and
    // ends again -> write b: ERR_STREAM_WRITE_AFTER_END write after end; write a and end:
    // ERR_STREAM_WRITE_AFTER_END; write c: ERR_STREAM_WRITE_AFTER_END (ending wins over
    // destroyed); end again: ERR_STREAM_DESTROYED Cannot call end after a stream was destroyed
    @Test func aWriteAfterEndDestroysTheStream() throws {
        try ScratchDirectory.with("data") { dir in
            var results: [String] = []
            try runOnFreshLoop {
                let out = try fs.createWriteStream(dir + "/e.txt")
                out.write("a").catch { results.append("write a: \(NodeError(wrapping: $0).code ?? "-")") }
                out.end().catch { results.append("end: \(NodeError(wrapping: $0).code ?? "-")") }
                out.write("b").catch { error -> Void in
                    results.append("write b: \(NodeError(wrapping: error).code ?? "-") \(error.message)")
                    out.write("c").catch { results.append("write c: \(NodeError(wrapping: $0).code ?? "-") \($0.message)") }
                    out.end().catch { results.append("end again: \(NodeError(wrapping: $0).code ?? "-") \($0.message)") }
                }
            }
            #expect(results == [
                "write b: ERR_STREAM_WRITE_AFTER_END write after end",
                "write a: ERR_STREAM_WRITE_AFTER_END",
                "end: ERR_STREAM_WRITE_AFTER_END",
                "write c: ERR_STREAM_WRITE_AFTER_END write after end",
                "end again: ERR_STREAM_DESTROYED Cannot call end after a stream was destroyed",
            ])
            #expect(try fs.readFileSync(dir + "/e.txt", encoding: .utf8) == "")
        }
    }

    // node: ws.end(cb1); ws.end(cb2) -> both succeed; ws.end(cb3) after finishing ->
    // ERR_STREAM_ALREADY_FINISHED 'Cannot call end after a stream was finished'
    @Test func endTwiceSucceedsAndEndAfterFinishingRejects() throws {
        try ScratchDirectory.with("data") { dir in
            var results: [String] = []
            try runOnFreshLoop {
                let out = try fs.createWriteStream(dir + "/e.txt")
                out.end().then { results.append("end 1") }
                out.end().then { () -> Void in
                    results.append("end 2")
                    out.end().catch { results.append("end 3: \(NodeError(wrapping: $0).code ?? "-") \($0.message)") }
                }
            }
            #expect(results == [
                "end 1", "end 2", "end 3: ERR_STREAM_ALREADY_FINISHED Cannot call end after a stream was finished",
            ])
        }
    }

    // node: ws.write('x', 'bogus') throws TypeError [ERR_UNKNOWN_ENCODING]: Unknown encoding: bogus
    // and the stream goes on; ws.write('abc', 'hex') writes <Buffer ab>
    @Test func anUnknownEncodingRejectsThatWriteOnly() throws {
        try ScratchDirectory.with("data") { dir in
            var failure: NodeError?
            try runOnFreshLoop {
                let out = try fs.createWriteStream(dir + "/g.txt")
                out.write("x", encoding: "bogus").catch { failure = NodeError(wrapping: $0) }
                out.write("abc", encoding: .hex)
                out.end()
            }
            #expect(failure?.name == "TypeError")
            #expect(failure?.code == "ERR_UNKNOWN_ENCODING")
            #expect(failure?.message == "Unknown encoding: bogus")
            #expect(try fs.readFileSync(dir + "/g.txt").bytes == [0xAB])
        }
    }

    // The test's checksum depends on the bytes only, not on how the chunks cut them.
    @Test func theChecksumDoesNotDependOnHowTheBytesAreSplit() {
        let bytes = DataTestSupport.pattern(count: 64) + [1, 2, 3]
        var whole = DataTestSupport.Checksum()
        whole.add(bytes)
        var pieces = DataTestSupport.Checksum()
        for range in [0..<3, 3..<4, 4..<21, 21..<21, 21..<67] { pieces.add(Array(bytes[range])) }
        var other = DataTestSupport.Checksum()
        other.add(Array(bytes.dropLast()))
        #expect(whole.value == pieces.value)
        #expect(whole.value != other.value)
    }
}
