// Where the parser keeps the bytes of a message head while it arrives: the URL or status text,
// then each header name and value, copied piece by piece (one copy per piece, not per byte) as
// the parser finishes them or reaches the end of an input buffer. Nothing becomes a `String`
// until the head is complete and its reader asks (HTTPMessageHead, HTTPHeaderFields).

/// Where one header's name and value sit in the head's bytes.
struct HTTPFieldRange: Equatable, Sendable {
    var name: Range<Int>
    /// Empty and at -1 until the value's first piece (possibly empty) arrives.
    var value: Range<Int>
}

/// The bytes of the head (or trailers) being parsed. A value type whose storage is shared, not
/// copied, with the views handed to the delegate; the parser clears it for the next message,
/// keeping its storage unless a view still holds it.
struct HTTPHeadBuffer: Sendable {
    private(set) var bytes = HTTPHeadBytes(capacity: HTTPHeadBytes.initialCapacity)
    private(set) var fields: [HTTPFieldRange] = []
    /// The request URL, or the response's status text.
    private(set) var startLineText: Range<Int> = 0..<0

    init() {
        fields.reserveCapacity(16)
    }

    /// Appends a piece of the URL or status text.
    mutating func appendStartLineText(_ piece: UnsafeRawBufferPointer) {
        let start = startLineText.isEmpty ? bytes.count : startLineText.lowerBound
        startLineText = start..<append(piece).upperBound
    }

    /// Appends a piece of a header name: a new header's, unless the last header's name is still
    /// arriving (no piece of its value yet).
    mutating func appendName(_ piece: UnsafeRawBufferPointer) {
        let added = append(piece)
        if let last = fields.last, last.value.lowerBound < 0 {
            fields[fields.count - 1].name = last.name.lowerBound..<added.upperBound
        } else {
            fields.append(HTTPFieldRange(name: added, value: -1 ..< -1))
        }
    }

    /// Appends a piece of the last header's value.
    mutating func appendValue(_ piece: UnsafeRawBufferPointer) {
        guard let last = fields.last else { return }
        let added = append(piece)
        let start = last.value.lowerBound >= 0 ? last.value.lowerBound : added.lowerBound
        fields[fields.count - 1].value = start..<added.upperBound
    }

    /// Forgets everything, for the next message or for the trailers.
    mutating func removeAll() {
        if isKnownUniquelyReferenced(&bytes) {
            bytes.removeAll()
        } else {
            bytes = HTTPHeadBytes(capacity: HTTPHeadBytes.initialCapacity)
        }
        fields.removeAll(keepingCapacity: true)
        startLineText = 0..<0
    }

    /// Copies `piece` after the bytes so far (into storage of its own if a view shares the
    /// current one); returns where it landed.
    @inline(__always)
    private mutating func append(_ piece: UnsafeRawBufferPointer) -> Range<Int> {
        if !isKnownUniquelyReferenced(&bytes) { bytes = bytes.copy() }
        let start = bytes.count
        bytes.append(piece)
        return start..<bytes.count
    }

    /// `bytes[range]` as Node turns header bytes into a string: one character per byte
    /// (Latin-1), so that bytes from 0x80 up read as U+0080-U+00FF.
    static func latin1String(_ bytes: HTTPHeadBytes, _ range: Range<Int>) -> String {
        let slice = bytes[range]
        if !slice.contains(where: { $0 >= 0x80 }) {
            return String(decoding: slice, as: UTF8.self)
        }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: slice.map { Unicode.Scalar($0) })
        return String(scalars)
    }
}

/// A head's bytes in one growing allocation. The parser appends to it only while no view
/// holds it (`HTTPHeadBuffer` copies it first otherwise), so once a view shares it, it no
/// longer changes: that is what makes it safe to send.
final class HTTPHeadBytes: @unchecked Sendable {
    /// The capacity a head starts with; a larger head doubles it as it goes.
    static let initialCapacity = 1024

    private var start: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = Swift.max(capacity, 1)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    /// The byte at `index` (below `count`).
    subscript(index: Int) -> UInt8 {
        precondition(index >= 0 && index < count, "HTTPHeadBytes: index out of range")
        return start[index]
    }

    /// The bytes in `range` (within `count`), valid while this storage lives.
    subscript(range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "HTTPHeadBytes: range out of bounds")
        return UnsafeBufferPointer(start: start + range.lowerBound, count: range.count)
    }

    @inline(__always)
    func append(_ piece: UnsafeRawBufferPointer) {
        guard let source = piece.baseAddress, !piece.isEmpty else { return }
        if count + piece.count > capacity { grow(toAtLeast: count + piece.count) }
        UnsafeMutableRawPointer(start + count).copyMemory(from: source, byteCount: piece.count)
        count += piece.count
    }

    func removeAll() {
        count = 0
    }

    /// A storage of its own holding the same bytes.
    func copy() -> HTTPHeadBytes {
        let copy = HTTPHeadBytes(capacity: capacity)
        copy.append(UnsafeRawBufferPointer(start: start, count: count))
        return copy
    }

    private func grow(toAtLeast needed: Int) {
        let newCapacity = Swift.max(needed, capacity * 2)
        let newStart = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStart.initialize(from: start, count: count)
        start.deallocate()
        start = newStart
        capacity = newCapacity
    }
}
