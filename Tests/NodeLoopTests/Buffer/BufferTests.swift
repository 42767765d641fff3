import Testing
@testable import NodeLoop

/// `Buffer`'s Node methods: making, slicing, reading and comparing, with Node's clamping of
/// indices and Node's errors; every expected value was printed by node v20.
@Suite struct BufferTests {
    @Test func fromDefaultsToUTF8AndTreatsAnEmptyEncodingNameAsUTF8() throws {
        // node: Buffer.from('h\u00e9'), Buffer.from('h\u00e9', '') -> <Buffer 68 c3 a9>
        #expect(try Buffer.from("h\u{E9}").bytes == [0x68, 0xC3, 0xA9])
        #expect(try Buffer.from("h\u{E9}", "").bytes == [0x68, 0xC3, 0xA9])
        // node: Buffer.from('', 'bogus') throws Unknown encoding: bogus
        #expect(throws: NodeError.self) { try Buffer.from("", "bogus") }
    }

    @Test func fromBytesCopiesThem() {
        let original: Buffer = [1, 2, 3]
        var copy = Buffer.from(original)
        copy[0] = 9
        #expect(original.bytes == [1, 2, 3])
        #expect(copy.bytes == [9, 2, 3])
        #expect(Buffer.from([0x68, 0x69]) == Buffer([0x68, 0x69]))
    }

    // node: Buffer.alloc(3, 0x61) -> <Buffer 61 61 61>
    @Test func allocFillsEveryByte() throws {
        #expect(try Buffer.alloc(3, fill: 0x61).bytes == [0x61, 0x61, 0x61])
        #expect(try Buffer.alloc(2).bytes == [0, 0])
        #expect(try Buffer.alloc(0).isEmpty)
    }

    // node: for (const n of [-1, 2**53]) try { Buffer.alloc(n) } catch (e) { console.log(e.name, e.code, e.message) }
    @Test(arguments: [
        (-1, "The value of \"size\" is out of range. It must be >= 0 && <= 4294967296. Received -1"),
        (1 << 53, "The value of \"size\" is out of range. It must be >= 0 && <= 4294967296. Received 9_007_199_254_740_992"),
    ])
    func allocOutOfRangeThrowsNodesRangeError(_ size: Int, _ message: String) throws {
        let error = try #require(throws: NodeError.self) { try Buffer.alloc(size) }
        #expect(error.name == "RangeError")
        #expect(error.code == "ERR_OUT_OF_RANGE")
        #expect(error.message == message)
    }

    // node: Buffer.concat([Buffer.from('ab'), Buffer.alloc(0), Buffer.from('c')]) -> <Buffer 61 62 63>;
    // Buffer.concat([]) -> <Buffer >
    @Test func concatJoinsBuffersInOrder() throws {
        #expect(Buffer.concat([try Buffer.from("ab"), [], try Buffer.from("c")]).bytes == [0x61, 0x62, 0x63])
        #expect(Buffer.concat([]).isEmpty)
    }

    // node: const b = Buffer.from('hello'); [b.toString('utf8', -3), b.toString('utf8', 2),
    // b.toString('utf8', 5), b.toString('utf8', 9), b.toString('utf8', 1, 3),
    // b.toString('utf8', 1, 99), b.toString('utf8', 3, 1), b.toString('utf8', 0, -1)]
    // -> ["hello","llo","","","el","ello","",""]
    @Test(arguments: [
        (-3, nil, "hello"), (2, nil, "llo"), (5, nil, ""), (9, nil, ""), (1, 3, "el"), (1, 99, "ello"),
        (3, 1, ""), (0, -1, ""), (Int.min, Int.max, "hello"),
    ] as [(Int, Int?, String)])
    func toStringClampsStartAndEndAsNodeDoes(_ start: Int, _ end: Int?, _ text: String) throws {
        #expect(try Buffer.from("hello").toString(.utf8, start: start, end: end) == text)
    }

    // node: Buffer.from('hello').toString('bogus', 5), (..., 'bogus', 2, 2) and
    // Buffer.alloc(0).toString('bogus') -> ''; Buffer.from('hello').toString('bogus', 0, 1) throws.
    @Test func toStringChecksTheEncodingOnlyForANonEmptyRange() throws {
        let hello = try Buffer.from("hello")
        #expect(try hello.toString("bogus", start: 5) == "")
        #expect(try hello.toString("bogus", start: 2, end: 2) == "")
        #expect(try Buffer.alloc(0).toString("bogus") == "")
        #expect(throws: NodeError.self) { try hello.toString("bogus", start: 0, end: 1) }
        // node: Buffer.from('x').toString('') throws Unknown encoding: (an empty name)
        #expect(throws: NodeError("Unknown encoding: ", name: "TypeError", code: "ERR_UNKNOWN_ENCODING")) {
            try Buffer.from("x").toString("")
        }
    }

    // node: Buffer.from('\u20ac').toString('utf8', 0, 2) -> '\ufffd': a cut character is invalid UTF-8.
    @Test func toStringOfACutCharacterGivesOneReplacementCharacter() throws {
        #expect(try Buffer.from("\u{20AC}").toString(.utf8, start: 0, end: 2) == "\u{FFFD}")
    }

    // node: const b = Buffer.from('hello'); b.subarray(-3), b.subarray(1, -1), b.subarray(3, 1),
    // b.subarray(-99, 99), b.subarray(9), b.subarray(2)
    // -> <Buffer 6c 6c 6f> <Buffer 65 6c 6c> <Buffer > <Buffer 68 65 6c 6c 6f> <Buffer > <Buffer 6c 6c 6f>
    @Test(arguments: [
        (-3, nil, "6c6c6f"), (1, -1, "656c6c"), (3, 1, ""), (-99, 99, "68656c6c6f"), (9, nil, ""), (2, nil, "6c6c6f"),
        (Int.min, Int.max, "68656c6c6f"),
    ] as [(Int, Int?, String)])
    func subarrayTakesNegativeIndicesFromTheEndAndClamps(_ start: Int, _ end: Int?, _ hex: String) throws {
        #expect(try Buffer.from("hello").subarray(start: start, end: end).toString(.hex) == hex)
    }

    // node: Buffer.from('hi').equals(Buffer.from('hi')), ...equals(Buffer.from('ho')) -> true false
    @Test func equalsComparesBytes() throws {
        #expect(try Buffer.from("hi").equals(Buffer.from("hi")))
        #expect(try !Buffer.from("hi").equals(Buffer.from("ho")))
    }

    @Test func bufferIsAMutableRandomAccessCollectionOfBytes() {
        var buffer: Buffer = [0x68, 0x69]
        buffer[1] = 0x6F
        buffer.reverse()
        #expect(buffer.bytes == [0x6F, 0x68])
        #expect(buffer.length == 2)
        #expect(buffer.map { $0 } == [0x6F, 0x68])
        #expect(Set([buffer, Buffer([0x6F, 0x68])]).count == 1)
    }
}
