// The character classes the HTTP/1.1 parser tests bytes against, as Node 20's parser (llhttp 9,
// strict mode) draws them. One 256-entry table holds a bit per class, so a hot loop tests a byte
// with one load and one AND, and `endOfRun` reads a whole span of one class with it.

/// The classes a byte can belong to; a byte's entry in `HTTPByteClass.table` is the union.
struct HTTPByteClass: OptionSet {
    let rawValue: UInt16

    /// RFC 7230 `tchar`: header names, chunk extension names and unquoted values.
    static let token = HTTPByteClass(rawValue: 1 << 0)
    /// What a header value may hold: HTAB, SP, visible ASCII and 0x80-0xFF (not DEL, not CTLs).
    static let headerValue = HTTPByteClass(rawValue: 1 << 1)
    /// A header-value byte other than the comma: the body of one `Connection` or
    /// `Transfer-Encoding` list element.
    static let listElement = HTTPByteClass(rawValue: 1 << 2)
    /// What a path, query or fragment may hold: visible ASCII but `#`, `?` and space.
    static let url = HTTPByteClass(rawValue: 1 << 3)
    /// What the authority of an absolute URL may hold (userinfo characters, host and port).
    static let userinfo = HTTPByteClass(rawValue: 1 << 4)
    /// ASCII letters.
    static let alpha = HTTPByteClass(rawValue: 1 << 5)
    /// What a quoted chunk extension value may hold unescaped: HTAB, SP, VCHAR and obs-text but
    /// `"` and `\`.
    static let quoted = HTTPByteClass(rawValue: 1 << 6)
    /// What may follow a backslash in a quoted chunk extension value: HTAB, SP, VCHAR, obs-text.
    static let quotedPair = HTTPByteClass(rawValue: 1 << 7)
    /// `?`: a query may hold it, besides the `url` bytes.
    static let questionMark = HTTPByteClass(rawValue: 1 << 8)
    /// `#`: a fragment may hold it, besides the `url` bytes and `?`.
    static let numberSign = HTTPByteClass(rawValue: 1 << 9)
    /// Any byte but CR and LF: what a status line's reason phrase may hold.
    static let notLineEnd = HTTPByteClass(rawValue: 1 << 10)

    /// Each byte's classes (`rawValue`s), for a parser loop to index without bounds checks or
    /// the lazy-global check an array would cost on each access. Allocated once, never freed.
    nonisolated(unsafe) static let table: UnsafePointer<UInt16> = immortal((0..<256).map { classes(of: UInt8($0)).rawValue })

    /// Each byte's value as a hex digit, or 0xFF for a byte that is not one.
    nonisolated(unsafe) static let hexValue: UnsafePointer<UInt8> = immortal((0..<256).map { byte in
        switch UInt8(byte) {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt8(byte) - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt8(byte) - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt8(byte) - UInt8(ascii: "A") + 10
        default: 0xFF
        }
    })

    /// Whether `byte` belongs to `classes`, looked up in `table`.
    @inline(__always)
    static func test(_ byte: UInt8, _ classes: HTTPByteClass) -> Bool {
        table[Int(byte)] & classes.rawValue != 0
    }

    /// Where the run of bytes of `classes` that starts at `start` in `input` ends: the index of
    /// the first byte outside them, or `input.count` when the input ends first. The hot loop of
    /// every span the parser reads (URL, names, values, chunk extensions); it reads the table's
    /// address once, since each read of a lazily initialised global calls `swift_once`.
    @inline(__always)
    static func endOfRun(of classes: HTTPByteClass, in input: UnsafeRawBufferPointer, from start: Int) -> Int {
        let table = table
        let mask = classes.rawValue
        var index = classes == .headerValue ? endOfVisibleWords(in: input, from: start) : start
        while index < input.count, table[Int(input[index])] & mask != 0 { index += 1 }
        return index
    }

    /// Header values, the longest spans, go eight bytes at a time first: from `start`, the end
    /// of the run of whole 8-byte words with no byte below 0x20 or equal to 0x7F (a subset of
    /// `headerValue`: a word with a tab stops it, and the byte loop goes on from there).
    @inline(__always)
    private static func endOfVisibleWords(in input: UnsafeRawBufferPointer, from start: Int) -> Int {
        guard let base = input.baseAddress else { return start }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var index = start
        while input.count - index >= 8 {
            let word = (base + index).loadUnaligned(as: UInt64.self)
            // A byte below 0x20 borrows through its high bit (one that had it clear); a byte
            // equal to 0x7F becomes zero under the XOR, and then borrows the same way.
            let controls = (word &- ones &* 0x20) & ~word & highBits
            let delete = word ^ (ones &* 0x7F)
            if controls | ((delete &- ones) & ~delete & highBits) != 0 { break }
            index += 8
        }
        return index
    }

    private static func immortal<Value>(_ values: [Value]) -> UnsafePointer<Value> {
        let storage = UnsafeMutablePointer<Value>.allocate(capacity: values.count)
        storage.initialize(from: values, count: values.count)
        return UnsafePointer(storage)
    }

    private static func classes(of byte: UInt8) -> HTTPByteClass {
        var result: HTTPByteClass = []
        let isAlpha = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
        let isAlphanumeric = isAlpha || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        if isAlpha { result.insert(.alpha) }
        if isAlphanumeric || contains("!#$%&'*+-.^_`|~", byte) { result.insert(.token) }
        let isVisibleOrObsText = (byte > 0x20 && byte != 0x7F)
        if byte == 0x09 || byte == 0x20 || isVisibleOrObsText {
            result.insert(.headerValue)
            result.insert(.quotedPair)
            if byte != UInt8(ascii: ",") { result.insert(.listElement) }
            if byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") { result.insert(.quoted) }
        }
        if isAlphanumeric || contains("!\"$%&'()*+,-./:;<=>@[\\]^_`{|}~", byte) { result.insert(.url) }
        if isAlphanumeric || contains("-_.!~*'()%;:&=+$,", byte) { result.insert(.userinfo) }
        if byte == UInt8(ascii: "?") { result.insert(.questionMark) }
        if byte == UInt8(ascii: "#") { result.insert(.numberSign) }
        if byte != UInt8(ascii: "\r") && byte != UInt8(ascii: "\n") { result.insert(.notLineEnd) }
        return result
    }

    private static func contains(_ characters: StaticString, _ byte: UInt8) -> Bool {
        characters.withUTF8Buffer { $0.contains(byte) }
    }
}
