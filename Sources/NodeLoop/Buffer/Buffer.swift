/// Node's `Buffer`: a sequence of bytes, made from text in one of Node's encodings and turned
/// back into text in any of them, byte for byte as Node does.
///
/// ```swift
/// let hello = try Buffer.from("héllo")             // UTF-8: <Buffer 68 c3 a9 6c 6c 6f>
/// try hello.toString("hex")                        // "68c3a96c6c6f"
/// try Buffer.from("aMOpbGxv", .base64).equals(hello) // true
/// console.log(hello)                               // <Buffer 68 c3 a9 6c 6c 6f>
/// ```
///
/// A `Buffer` is a Swift value over ``bytes``: a mutable, random-access collection of `UInt8`
/// with copy-on-write semantics. Unlike Node's, a buffer made by ``subarray(start:end:)`` is a
/// copy: writing to it does not change the buffer it came from.
public struct Buffer: Sendable, Hashable, RandomAccessCollection, MutableCollection, ExpressibleByArrayLiteral {
    /// The bytes, to read or change directly or to hand to Swift APIs that take `[UInt8]`.
    public var bytes: [UInt8]

    /// A buffer holding these bytes, as Node's `Buffer.from(array)`.
    ///
    /// ```swift
    /// let buffer = Buffer([0x68, 0x69])
    /// let copy = Buffer(buffer)
    /// ```
    public init(_ bytes: some Sequence<UInt8>) {
        self.bytes = Array(bytes)
    }

    /// A buffer written as an array literal: `let buffer: Buffer = [0x68, 0x69]`.
    public init(arrayLiteral bytes: UInt8...) {
        self.bytes = bytes
    }

    // MARK: - Collection

    /// The index of the first byte: always 0.
    public var startIndex: Int { 0 }

    /// One past the index of the last byte: the ``length``.
    public var endIndex: Int { bytes.count }

    /// The byte at `position`, which must be a valid index, as for an array. (Node gives
    /// `undefined` for `buf[99]`; a Swift collection traps instead, so check ``length`` first.)
    public subscript(position: Int) -> UInt8 {
        get { bytes[position] }
        set { bytes[position] = newValue }
    }

    /// The number of bytes, as Node's `buf.length`.
    public var length: Int { bytes.count }

    // MARK: - Making buffers

    /// The bytes of `string` in `encoding`, as Node's `Buffer.from(string, encoding)`.
    ///
    /// Encoding follows Node exactly, including its lenient decoders of text: base64 skips
    /// whitespace and invalid characters and stops at the first `=`; hex stops at the first
    /// pair that is not two hex digits; latin1 and ascii keep the low byte of each UTF-16 code
    /// unit. An empty encoding name means UTF-8, as in Node.
    ///
    /// ```swift
    /// try Buffer.from("hi")                  // <Buffer 68 69>
    /// try Buffer.from("6869zz", .hex)        // <Buffer 68 69>
    /// try Buffer.from("aGk", "base64")       // <Buffer 68 69>
    /// ```
    ///
    /// - Throws: `TypeError [ERR_UNKNOWN_ENCODING]: Unknown encoding: <name>` for a name Node
    ///   does not know.
    public static func from(_ string: String, _ encoding: BufferEncoding = .utf8) throws -> Buffer {
        // node: Buffer.from('x', '') -> <Buffer 78>: lib/buffer.js `fromString` treats an
        // empty name as no name, unlike `toString('')`, which throws.
        let kind = try encoding.name.isEmpty ? BufferEncoding.Kind.utf8 : encoding.validatedForBuffer()
        return Buffer(kind.encode(string))
    }

    /// A copy of these bytes, as Node's `Buffer.from(array)` and `Buffer.from(buffer)`.
    ///
    /// ```swift
    /// let buffer = Buffer.from([0x68, 0x69])
    /// ```
    public static func from(_ bytes: some Sequence<UInt8>) -> Buffer {
        Buffer(bytes)
    }

    /// A buffer of `size` bytes, each set to `fill`, as Node's `Buffer.alloc(size, fill)`.
    ///
    /// It throws where Node throws, rather than trapping as `Array(repeating:count:)` would on a
    /// negative count, so a size computed from input cannot crash the process.
    ///
    /// ```swift
    /// try Buffer.alloc(3, fill: 0x61)   // <Buffer 61 61 61>
    /// ```
    ///
    /// - Throws: `RangeError [ERR_OUT_OF_RANGE]` when `size` is negative or above Node's
    ///   limit of 2^32 bytes, with Node's message.
    public static func alloc(_ size: Int, fill: UInt8 = 0) throws -> Buffer {
        // node: Buffer.alloc(-1) -> RangeError [ERR_OUT_OF_RANGE]: The value of "size" is out
        // of range. It must be >= 0 && <= 4294967296. Received -1; Buffer.alloc(2 ** 53) ->
        // ... Received 9_007_199_254_740_992: integers beyond 2^32 are printed in groups.
        let maxLength = 1 << 32
        guard (0...maxLength).contains(size) else {
            throw NodeError.outOfRange("size", mustBe: ">= 0 && <= \(maxLength)", received: Int64(size))
        }
        return Buffer(repeatElement(fill, count: size))
    }

    /// The buffers one after the other in a new buffer, as Node's `Buffer.concat(list)`.
    ///
    /// ```swift
    /// Buffer.concat([try Buffer.from("ab"), try Buffer.from("c")])   // <Buffer 61 62 63>
    /// ```
    public static func concat(_ list: [Buffer]) -> Buffer {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(list.reduce(0) { $0 + $1.length })
        for buffer in list { bytes += buffer.bytes }
        return Buffer(bytes)
    }

    /// The number of bytes `string` takes in `encoding`, as Node's `Buffer.byteLength`.
    ///
    /// For base64 this is Node's estimate: three quarters of the length without its trailing
    /// `=`, counting whitespace and invalid characters, which `from` skips. Like Node, an
    /// unknown encoding name gives the UTF-8 length instead of an error.
    ///
    /// ```swift
    /// Buffer.byteLength("héllo")           // 6
    /// Buffer.byteLength("héllo", .utf16le) // 10
    /// ```
    public static func byteLength(_ string: String, _ encoding: BufferEncoding = .utf8) -> Int {
        // node: Buffer.byteLength('héllo', 'bogus') -> 6: lib/buffer.js `byteLength` falls back
        // to UTF-8 for a name it does not know.
        (encoding.resolved() ?? .utf8).byteLength(of: string)
    }

    /// Whether Node knows `name` as an encoding (any case, with Node's aliases), as
    /// `Buffer.isEncoding`. The empty name is not an encoding.
    public static func isEncoding(_ name: String) -> Bool {
        BufferEncoding(name).resolved() != nil
    }

    // MARK: - Reading

    /// The bytes from `start` up to `end` decoded as text in `encoding`, as Node's
    /// `buf.toString(encoding, start, end)`.
    ///
    /// Like Node, `start` and `end` are clamped to the buffer: a negative `start` is 0, an
    /// `end` past the buffer or `nil` is its length, and an empty range gives `""`. Invalid
    /// UTF-8 decodes to U+FFFD as Node decodes it, one per maximal ill-formed subsequence.
    ///
    /// ```swift
    /// let buffer = try Buffer.from("hello")
    /// try buffer.toString()                          // "hello"
    /// try buffer.toString(.hex, start: 1, end: 3)    // "656c"
    /// try buffer.toString(.base64)                   // "aGVsbG8="
    /// ```
    ///
    /// - Throws: `TypeError [ERR_UNKNOWN_ENCODING]` for a name Node does not know, when the
    ///   range is not empty (Node looks at the name only then).
    public func toString(_ encoding: BufferEncoding = .utf8, start: Int = 0, end: Int? = nil) throws -> String {
        // node: Buffer.from('hello').toString('utf8', -3) -> 'hello', (..., 9) -> '',
        // (..., 1, 99) -> 'ello', (..., 3, 1) -> '', and Buffer.from('hello').toString('bogus',
        // 5) -> '' without an error: lib/buffer.js clamps the range and returns '' for an empty
        // one before it looks the encoding up.
        let lower = Swift.max(start, 0)
        guard lower < length else { return "" }
        let upper = Swift.min(end ?? length, length)
        guard upper > lower else { return "" }
        return try encoding.validatedForBuffer().decode(bytes[lower..<upper])
    }

    /// The bytes from `start` up to `end` as a new buffer, as Node's `buf.subarray(start, end)`.
    ///
    /// Negative indices count from the end, and both are clamped to the buffer, as in Node.
    /// Node's subarray shares memory with the original; this one is a copy, as Swift values are.
    ///
    /// ```swift
    /// let buffer = try Buffer.from("hello")
    /// buffer.subarray(start: 1, end: -1)   // <Buffer 65 6c 6c>
    /// buffer.subarray(start: -3)           // <Buffer 6c 6c 6f>
    /// ```
    public func subarray(start: Int = 0, end: Int? = nil) -> Buffer {
        // node: Buffer.from('hello').subarray(-3) -> 6c 6c 6f, subarray(1, -1) -> 65 6c 6c,
        // subarray(3, 1) and subarray(9) -> empty, subarray(-99, 99) -> all: a typed array's
        // subarray takes negative indices from the end and clamps both.
        let lower = clampedIndex(start)
        let upper = clampedIndex(end ?? length)
        guard upper > lower else { return [] }
        return Buffer(bytes[lower..<upper])
    }

    /// Whether both buffers hold the same bytes, as Node's `buf.equals(other)`.
    public func equals(_ other: Buffer) -> Bool {
        bytes == other.bytes
    }

    /// An index relative to the end when negative, clamped to `0...length`.
    private func clampedIndex(_ index: Int) -> Int {
        index < 0 ? Swift.max(length + index, 0) : Swift.min(index, length)
    }
}

extension Buffer: CustomStringConvertible {
    /// The buffer as `console.log` prints it: `<Buffer 68 69>`.
    public var description: String { inspected }
}
