import Glibc
import Testing
@testable import NodeLoop

/// `fs.createReadStream` and `fs.createWriteStream`, the stream module's streams on a file:
/// bounded memory, chunk ranges, order, errors in Node's shapes, and the file closed on every
/// path; expected values were printed by node v20.
@Suite struct DataStreamTests {
    /// 64 MiB written in 1 MiB chunks, waiting for `drain` whenever `write` returns false, and
    /// read back with `for try await` in 1 MiB chunks: the checksum computed while writing
    /// matches the one computed while reading, and no more than one chunk waits at a time.
    @Test func sixtyFourMebibytesRoundTripThroughTheStreamsInBoundedMemory() throws {
        try ScratchDirectory.with("data") { dir in
            let path = dir + "/big.bin"
            let chunkSize = 1 << 20
            let chunkCount = 64
            let result = try DataTestSupport.runAsync { () async throws -> [UInt64] in
                var pattern = DataTestSupport.pattern(count: chunkSize)
                var written = DataTestSupport.Checksum()
                var mostWaiting = 0
                let out = try fs.createWriteStream(path)
                for index in 0..<chunkCount {
                    // Each chunk differs from the others in its first bytes.
                    withUnsafeBytes(of: UInt64(index).littleEndian) { pattern.replaceSubrange(0..<8, with: $0) }
                    let chunk = Buffer(pattern)
                    written.add(chunk.bytes)
                    let wantsMore = out.write(chunk)
                    mostWaiting = max(mostWaiting, out.writableLength)
                    if !wantsMore { try await EventEmitter.once(out, .drain).value }
                }
                try await stream.promises.finished(out.end()).value

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
                return [written.value, read.value, UInt64(total), UInt64(largest), UInt64(chunks), UInt64(mostWaiting)]
            }
            #expect(result[0] == result[1])
            #expect(result[2] == UInt64(chunkSize * chunkCount))
            #expect(result[3] == UInt64(chunkSize))
            #expect(result[4] == UInt64(chunkCount))
            #expect(result[5] == UInt64(chunkSize))
            #expect(try fs.statSync(path).size == chunkSize * chunkCount)
        }
    }

    // node: createReadStream(p, {start: 1, end: 4, highWaterMark: 2}) on 'abcdef' -> 'bc', 'de';
    // {start: 2, end: 2} -> 'c'; {start: 100} -> nothing; {end: 0} -> 'a'; {end: 100} -> all
    @Test(arguments: [
        (2, 1, 4, ["bc", "de"]),
        (65_536, 2, 2, ["c"]),
        (65_536, 100, nil, []),
        (65_536, nil, 0, ["a"]),
        (65_536, 0, 100, ["abcdef"]),
        (4, nil, nil, ["abcd", "ef"]),
        (1, 3, nil, ["d", "e", "f"]),
    ] as [(Int, Int64?, Int64?, [String])])
    func aReadStreamYieldsChunksOfTheRangeAtMostHighWaterMarkLong(_ highWaterMark: Int, _ start: Int64?, _ end: Int64?, _ expected: [String]) throws {
        try ScratchDirectory.with("data") { dir in
            let path = dir + "/a.txt"
            try fs.writeFileSync(path, "abcdef")
            let chunks = try DataTestSupport.runAsync { () async throws -> [String] in
                var chunks: [String] = []
                for try await chunk in try fs.createReadStream(path, start: start, end: end, highWaterMark: highWaterMark) {
                    chunks.append(try chunk.toString())
                }
                return chunks
            }
            #expect(chunks == expected)
        }
    }

    // node: for await (const c of createReadStream('missing.txt')) -> throws ENOENT, syscall open,
    // path 'missing.txt'; of a directory -> EISDIR, syscall read, no path
    @Test func aReadStreamThrowsNodesErrorsFromTheIteration() throws {
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

    // The descriptor is open from `open` until `close`; `pending` says so, and the descriptor is
    // closed after the end, after an early stop of the iteration, and after `destroy`.
    @Test func aReadStreamClosesItsFileAtTheEndAndWhenStoppedEarly() throws {
        try ScratchDirectory.with("data") { dir in
            let path = dir + "/a.txt"
            try fs.writeFileSync(path, "abcdef")
            let inode = try fs.statSync(path).ino
            var descriptors: [Int32] = []
            var states: [String] = []
            try runOnFreshLoop {
                let whole = try fs.createReadStream(path, highWaterMark: 2)
                states.append("made pending \(whole.pending)")
                whole.on(.open) { [unowned whole] fd in
                    descriptors.append(fd)
                    states.append("open pending \(whole.pending)")
                }
                whole.on(.data) { _ in }
                whole.on(.close) { [unowned whole] in states.append("close pending \(whole.pending) fd \(whole.fd.map(String.init) ?? "nil")") }
                let stopped = try fs.createReadStream(path, highWaterMark: 2)
                stopped.on(.open) { fd in descriptors.append(fd) }
                stopped.once(.data) { [unowned stopped] _ in stopped.destroy() }
            }
            #expect(states == ["made pending true", "open pending false", "close pending true fd nil"])
            #expect(descriptors.count == 2)
            for fd in descriptors { #expect(DataTestSupport.isClosed(fd, inode: inode)) }
        }
    }

    // node: 100 writes made without waiting, then end() -> the file holds them in order, and the
    // write callbacks run in order before end's
    @Test func writesMadeWithoutWaitingArePerformedInOrder() throws {
        try ScratchDirectory.with("data") { dir in
            let path = dir + "/out.txt"
            var settled: [Int] = []
            var ended = false
            try runOnFreshLoop {
                let out = try fs.createWriteStream(path)
                for index in 0..<100 {
                    out.write("\(index),") { error in if error == nil { settled.append(index) } }
                }
                out.end { error in ended = error == nil }
            }
            #expect(settled == Array(0..<100))
            #expect(ended)
            #expect(try fs.readFileSync(path, encoding: .utf8) == (0..<100).map { "\($0)," }.joined())
        }
    }

    // node: createWriteStream('nodir/x.txt'): write('a', cb), write('b', cb), end(cb) -> each gets
    // ENOENT: no such file or directory, open 'nodir/x.txt', then 'error' with it; with {flags:
    // 'q'} The argument 'flags' is invalid. Received 'q'; with {flags: 'r'} EBADF ..., write
    @Test(arguments: [
        ("nodir/x.txt", OpenFlags.write, "ENOENT: no such file or directory, open '<dir>/nodir/x.txt'"),
        ("x.txt", "q", "The argument 'flags' is invalid. Received 'q'"),
        ("a.txt", "wx", "EEXIST: file already exists, open '<dir>/a.txt'"),
        ("a.txt", "r", "EBADF: bad file descriptor, write"),
    ])
    func aFailedOpenOrWriteFailsEveryWriteAndEnd(_ name: String, _ flags: OpenFlags, _ message: String) throws {
        try ScratchDirectory.with("data") { dir in
            try fs.writeFileSync(dir + "/a.txt", "abc")
            var messages: [String] = []
            try runOnFreshLoop {
                let out = try fs.createWriteStream(dir + "/" + name, flags: flags)
                out.write("a") { messages.append("write a: " + ($0?.message ?? "none")) }
                out.write("b") { messages.append("write b: " + ($0?.message ?? "none")) }
                out.end { messages.append("end: " + ($0?.message ?? "none")) }
                out.on(.error) { messages.append("error: " + $0.message) }
            }
            let expected = message.replacingOccurrences(of: "<dir>", with: dir)
            #expect(messages == ["write a: ", "write b: ", "end: ", "error: "].map { $0 + expected })
            #expect(try fs.readFileSync(dir + "/a.txt", encoding: .utf8) == "abc")
        }
    }

    // node: ws.write('a', cb); ws.end(cb); ws.write('b', cb) where b's callback writes 'c' and
    // ends again -> write b: ERR_STREAM_WRITE_AFTER_END write after end; write a and end:
    // ERR_STREAM_WRITE_AFTER_END; write c: ERR_STREAM_WRITE_AFTER_END; end again:
    // ERR_STREAM_DESTROYED Cannot call end after a stream was destroyed; 'error' last
    @Test func aWriteAfterEndDestroysTheStream() throws {
        try ScratchDirectory.with("data") { dir in
            var results: [String] = []
            func code(_ error: (any Error)?) -> String { error.map { NodeError(wrapping: $0).code ?? "-" } ?? "none" }
            try runOnFreshLoop {
                let out = try fs.createWriteStream(dir + "/e.txt")
                out.on(.error) { results.append("error: \(code($0))") }
                out.write("a") { results.append("write a: \(code($0))") }
                out.end { results.append("end: \(code($0))") }
                out.write("b") { [unowned out] error in
                    results.append("write b: \(code(error)) \(error?.message ?? "")")
                    out.write("c") { results.append("write c: \(code($0)) \($0?.message ?? "")") }
                    out.end { results.append("end again: \(code($0)) \($0?.message ?? "")") }
                }
            }
            #expect(results == [
                "write b: ERR_STREAM_WRITE_AFTER_END write after end",
                "write a: ERR_STREAM_WRITE_AFTER_END",
                "end: ERR_STREAM_WRITE_AFTER_END",
                "write c: ERR_STREAM_WRITE_AFTER_END write after end",
                "end again: ERR_STREAM_DESTROYED Cannot call end after a stream was destroyed",
                "error: ERR_STREAM_WRITE_AFTER_END",
            ])
            #expect(try fs.readFileSync(dir + "/e.txt", encoding: .utf8) == "")
        }
    }

    // node: ws.end(cb1); ws.end(cb2) -> both succeed; ws.end(cb3) after finishing ->
    // ERR_STREAM_ALREADY_FINISHED 'Cannot call end after a stream was finished'
    @Test func endTwiceSucceedsAndEndAfterFinishingFails() throws {
        try ScratchDirectory.with("data") { dir in
            var results: [String] = []
            try runOnFreshLoop {
                let out = try fs.createWriteStream(dir + "/e.txt")
                out.end { results.append("end 1 \($0?.message ?? "nil")") }
                out.end { [unowned out] error in
                    results.append("end 2 \(error?.message ?? "nil")")
                    out.end { results.append("end 3: \(NodeError(wrapping: $0 ?? NodeError("none")).code ?? "-") \($0?.message ?? "")") }
                }
            }
            #expect(results == [
                "end 1 nil", "end 2 nil", "end 3: ERR_STREAM_ALREADY_FINISHED Cannot call end after a stream was finished",
            ])
        }
    }

    // node: createWriteStream(p, {encoding: 'hex'}).end('abcd') writes <Buffer ab cd>;
    // write('ef', 'hex') too, whatever the default
    @Test func theEncodingOptionIsTheEncodingOfWrittenStrings() throws {
        try ScratchDirectory.with("data") { dir in
            try runOnFreshLoop {
                let out = try fs.createWriteStream(dir + "/g.txt", encoding: .hex)
                out.write("ef", .latin1)
                out.end("abcd")
            }
            #expect(try fs.readFileSync(dir + "/g.txt").bytes == [0x65, 0x66, 0xAB, 0xCD])
        }
    }

    // node: createWriteStream(p, {flush: true}) writes and closes as without it; the file holds
    // the bytes once 'close' has gone out
    @Test func flushSyncsTheFileBeforeClosingIt() throws {
        try ScratchDirectory.with("data") { dir in
            var events: [String] = []
            try runOnFreshLoop {
                let out = try fs.createWriteStream(dir + "/f.txt", flush: true)
                out.on(.finish) { events.append("finish") }
                out.on(.close) { [unowned out] in events.append("close \(out.flush) \(out.bytesWritten)") }
                out.end("flushed")
            }
            #expect(events == ["finish", "close true 7"])
            #expect(try fs.readFileSync(dir + "/f.txt", encoding: .utf8) == "flushed")
        }
    }

    // node: a read stream with {encoding: 'utf8', highWaterMark: 1} on 'é€' -> '', 'é', '', '',
    // '€' counted as data events of 'é' and '€' only (empty strings are not emitted);
    // setEncoding('hex') midway gives the rest in hex
    @Test func aTextStreamHoldsBackCutCharactersAndCanChangeItsEncoding() throws {
        try ScratchDirectory.with("data") { dir in
            let path = dir + "/t.txt"
            try fs.writeFileSync(path, "é€ab")
            var chunks: [String] = []
            try runOnFreshLoop {
                let text = try fs.createReadStream(path, encoding: .utf8, highWaterMark: 1)
                text.on(.data) { [unowned text] chunk in
                    chunks.append(chunk)
                    if chunk == "€" { try text.setEncoding(.hex) }
                }
            }
            #expect(chunks == ["é", "€", "61", "62"])
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
