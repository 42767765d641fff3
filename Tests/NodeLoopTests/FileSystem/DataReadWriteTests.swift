import Testing
@testable import NodeLoop

/// `fs.read`, `fs.write` and their Sync forms on an open descriptor: bytes at offsets and
/// positions, the current position, and Node's checks; expected values were printed by node v20.
@Suite struct DataReadWriteTests {
    // node: fs.writeFileSync(p, 'hello world'); const b = Buffer.alloc(8, 0x2e);
    // fs.readSync(fd, b, 2, 5, 6) -> 5, b -> '..world.'
    @Test func readSyncFillsTheBufferAtTheOffsetAndReturnsTheCount() throws {
        try ScratchDirectory.with("data") { dir in
            try fs.writeFileSync(dir + "/a.txt", "hello world")
            let fd = try fs.openSync(dir + "/a.txt")
            defer { try? fs.closeSync(fd) }
            var buffer = try Buffer.alloc(8, fill: 0x2E)
            #expect(try fs.readSync(fd, into: &buffer, offset: 2, length: 5, position: 6) == 5)
            #expect(try buffer.toString() == "..world.")
        }
    }

    // node: a read at a position leaves the current position alone; reads without one advance it:
    // readSync(fd, b, 0, 5, 6) then readSync(fd, b, 0, 5, null) -> 'hello', then ' worl'
    @Test func aReadAtAPositionLeavesTheCurrentPositionAlone() throws {
        try ScratchDirectory.with("data") { dir in
            try fs.writeFileSync(dir + "/a.txt", "hello world")
            let fd = try fs.openSync(dir + "/a.txt")
            defer { try? fs.closeSync(fd) }
            #expect(try fs.readSync(fd, length: 5, position: 6).toString() == "world")
            #expect(try fs.readSync(fd, length: 5).toString() == "hello")
            #expect(try fs.readSync(fd, length: 5, position: -1).toString() == " worl")
            #expect(try fs.readSync(fd, length: 5).toString() == "d")
            #expect(try fs.readSync(fd, length: 5).isEmpty)
        }
    }

    // node: fs.readSync(fd, Buffer.alloc(0), 0, 0, 0) -> 0; fs.readSync(fd, Buffer.alloc(4), 0, 0, -5) -> 0:
    // a length of 0 returns before the position is checked
    @Test func aReadOfZeroBytesReturnsBeforeCheckingThePosition() throws {
        try ScratchDirectory.with("data") { dir in
            try fs.writeFileSync(dir + "/a.txt", "abc")
            let fd = try fs.openSync(dir + "/a.txt")
            defer { try? fs.closeSync(fd) }
            var empty = Buffer()
            #expect(try fs.readSync(fd, into: &empty) == 0)
            var four = try Buffer.alloc(4)
            #expect(try fs.readSync(fd, into: &four, length: 0, position: -5) == 0)
            #expect(try fs.readSync(fd, length: 0, position: -5).isEmpty)
        }
    }

    // node: fs.read(fd, {buffer: Buffer.alloc(3), length: 3}, cb) twice, then once more:
    // 'abc', 'de', then bytesRead 0
    @Test func theReadCallbackGetsTheBytesReadThenAnEmptyBufferAtTheEnd() throws {
        try ScratchDirectory.with("data") { dir in
            try fs.writeFileSync(dir + "/a.txt", "abcde")
            let fd = try fs.openSync(dir + "/a.txt")
            defer { try? fs.closeSync(fd) }
            var chunks: [String] = []
            try runOnFreshLoop {
                func step() throws {
                    try fs.read(fd, length: 3) { error, bytes in
                        guard let bytes, error == nil else { return }
                        chunks.append(try bytes.toString())
                        if !bytes.isEmpty { try step() }
                    }
                }
                try step()
            }
            #expect(chunks == ["abc", "de", ""])
        }
    }

    // node: process.nextTick(tick); fs.read(fd, {length: 0}, cb); Promise.resolve().then(...)
    // -> 'tick', 'read 0', 'promise': a read of 0 bytes calls back on the next tick
    @Test func aCallbackReadOfZeroBytesCallsBackOnTheNextTick() throws {
        try ScratchDirectory.with("data") { dir in
            try fs.writeFileSync(dir + "/a.txt", "abc")
            let fd = try fs.openSync(dir + "/a.txt")
            defer { try? fs.closeSync(fd) }
            var order: [String] = []
            try runOnFreshLoop {
                process.nextTick { order.append("tick") }
                try fs.read(fd, length: 0) { error, bytes in order.append("read \(bytes?.length ?? -1)") }
                Promise.resolve(()).then { order.append("promise") }
            }
            #expect(order == ["tick", "read 0", "promise"])
        }
    }

    // node: writeSync(fd, Buffer.from('abcdef'), 1, 3, 2) on 'xxxxxx' -> 3, file 'xxbcdx'
    @Test func writeSyncWritesPartOfTheBufferAtThePosition() throws {
        try ScratchDirectory.with("data") { dir in
            try fs.writeFileSync(dir + "/a.txt", "xxxxxx")
            let fd = try fs.openSync(dir + "/a.txt", "r+")
            defer { try? fs.closeSync(fd) }
            #expect(try fs.writeSync(fd, try Buffer.from("abcdef"), offset: 1, length: 3, position: 2) == 3)
            #expect(try fs.readFileSync(dir + "/a.txt", encoding: .utf8) == "xxbcdx")
        }
    }

    // node: on 'abc' opened r+ and read to the end, writeSync(fd, Buffer.from('X'), 0, 1, -5) ->
    // 'abcX'; writeSync at 2**53 -> at the current position too (GetOffset gives -1)
    @Test func aWriteAtANegativeOrUnsafePositionGoesToTheCurrentPosition() throws {
        try ScratchDirectory.with("data") { dir in
            try fs.writeFileSync(dir + "/a.txt", "abc")
            let fd = try fs.openSync(dir + "/a.txt", "r+")
            defer { try? fs.closeSync(fd) }
            _ = try fs.readSync(fd, length: 3)
            try fs.writeSync(fd, try Buffer.from("X"), position: -5)
            try fs.writeSync(fd, try Buffer.from("Y"), position: 1 << 53)
            try fs.writeSync(fd, "Z", position: 0)
            #expect(try fs.readFileSync(dir + "/a.txt", encoding: .latin1) == "ZbcXY")
        }
    }

    // node: writeSync(fd, '414243', 0, 'hex') -> 3 'ABC'; writeSync(fd, 'hé', 0, 'bogus') -> 3,
    // the UTF-8 bytes; writeSync(fd, 'hé', 0, 'latin1') -> 2; writeSync(fd, 'hi', 0, 'ucs2') -> 4
    @Test(arguments: [
        ("414243", BufferEncoding.hex, [0x41, 0x42, 0x43]),
        ("h\u{E9}", "bogus", [0x68, 0xC3, 0xA9]),
        ("h\u{E9}", .latin1, [0x68, 0xE9]),
        ("hi", "ucs2", [0x68, 0x00, 0x69, 0x00]),
        ("T", "", [0x54]),
    ] as [(String, BufferEncoding, [UInt8])])
    func writeSyncOfTextEncodesItAsNodeDoes(_ text: String, _ encoding: BufferEncoding, _ bytes: [UInt8]) throws {
        try ScratchDirectory.with("data") { dir in
            let fd = try fs.openSync(dir + "/a.bin", "w")
            defer { try? fs.closeSync(fd) }
            #expect(try fs.writeSync(fd, text, position: 0, encoding: encoding) == bytes.count)
            #expect(try fs.readFileSync(dir + "/a.bin").bytes == bytes)
        }
    }

    // node: fs.write(fd, buf, cb) -> (null, 5, buf); fs.write(fd, 'déjà', cb) -> (null, 6, 'déjà')
    @Test func theWriteCallbacksGetTheNumberOfBytesWritten() throws {
        try ScratchDirectory.with("data") { dir in
            let fd = try fs.openSync(dir + "/a.txt", "a")
            defer { try? fs.closeSync(fd) }
            var counts: [Int] = []
            try runOnFreshLoop {
                try fs.write(fd, try Buffer.from("hello")) { error, written in
                    counts.append(written ?? -1)
                    try fs.write(fd, "d\u{E9}j\u{E0}") { error, written in counts.append(written ?? -1) }
                }
            }
            #expect(counts == [5, 6])
            #expect(try fs.readFileSync(dir + "/a.txt", encoding: .utf8) == "hellod\u{E9}j\u{E0}")
        }
    }

    // node: fs.write(fd, Buffer.from('x'), cb) on a descriptor opened 'r' -> EBADF: bad file
    // descriptor, write (errno -9, no path)
    @Test func aWriteToAReadOnlyDescriptorCallsBackWithEBADF() throws {
        try ScratchDirectory.with("data") { dir in
            try fs.writeFileSync(dir + "/a.txt", "abc")
            let fd = try fs.openSync(dir + "/a.txt")
            defer { try? fs.closeSync(fd) }
            var failure: NodeError?
            try runOnFreshLoop {
                try fs.write(fd, try Buffer.from("x")) { error, _ in failure = error }
            }
            #expect(failure?.code == "EBADF")
            #expect(failure?.errno == -9)
            #expect(failure?.syscall == "write")
            #expect(failure?.path == nil)
            #expect(failure?.message == "EBADF: bad file descriptor, write")
        }
    }

    // node: readSync with a BigInt position 2n**63n-1n -> EINVAL: invalid argument, read; a
    // Swift Int64 beyond 2^53 - 1 is taken as Node takes that BigInt
    @Test func aPositionBeyondTheSafeIntegersIsTakenAsABigInt() throws {
        try ScratchDirectory.with("data") { dir in
            try fs.writeFileSync(dir + "/a.txt", "abc")
            let fd = try fs.openSync(dir + "/a.txt")
            defer { try? fs.closeSync(fd) }
            #expect(try fs.readSync(fd, length: 3, position: 1 << 53).isEmpty)
            let error = try #require(throws: NodeError.self) { try fs.readSync(fd, length: 3, position: .max) }
            #expect(error.message == "EINVAL: invalid argument, read")
        }
    }

    // node: fs.readSync(fd, Buffer.alloc(4), 0, 2**32 + 2, 0) reads 2 bytes: `length |= 0`
    @Test func theLengthIsTakenAsASigned32BitIntegerAsInNode() throws {
        try ScratchDirectory.with("data") { dir in
            try fs.writeFileSync(dir + "/a.txt", "abcd")
            let fd = try fs.openSync(dir + "/a.txt")
            defer { try? fs.closeSync(fd) }
            var buffer = try Buffer.alloc(4)
            #expect(try fs.readSync(fd, into: &buffer, length: (1 << 32) + 2, position: 0) == 2)
            let error = try #require(throws: NodeError.self) { try fs.readSync(fd, into: &buffer, length: 1 << 31, position: 0) }
            #expect(error.message == "The value of \"length\" is out of range. It must be >= 0. Received -2147483648")
        }
    }
}
