// Where the parser keeps the bytes of a message head while it arrives: the URL or status text,
// then each header name and value, copied piece by piece (one copy per piece, not per byte) as
// the parser finishes them or reaches the end of an input buffer. Nothing becomes a `String`
// until the head is complete and its reader asks (HTTPMessageHead, HTTPHeaderFields).

/// Where one header's name and value sit in `HTTPHeadBuffer.bytes`.
struct HTTPFieldRange: Equatable, Sendable {
    var name: Range<Int>
    /// Empty and at -1 until the value's first piece (possibly empty) arrives.
    var value: Range<Int>
}

/// The bytes of the head (or trailers) being parsed. A value type whose arrays are shared, not
/// copied, with the views handed to the delegate; the parser clears it for the next message,
/// keeping its capacity unless a view still holds it.
struct HTTPHeadBuffer: Sendable {
    private(set) var bytes: [UInt8] = []
    private(set) var fields: [HTTPFieldRange] = []
    /// The request URL, or the response's status text.
    private(set) var startLineText: Range<Int> = 0..<0

    init() {
        bytes.reserveCapacity(1024)
        fields.reserveCapacity(16)
    }

    /// Appends a piece of the URL or status text.
    mutating func appendStartLineText(_ piece: UnsafeRawBufferPointer) {
        let start = startLineText.isEmpty ? bytes.count : startLineText.lowerBound
        bytes.append(contentsOf: piece)
        startLineText = start..<bytes.count
    }

    /// Appends a piece of a header name: a new header's, unless the last header's name is still
    /// arriving (no piece of its value yet).
    mutating func appendName(_ piece: UnsafeRawBufferPointer) {
        if fields.last.map({ $0.value.lowerBound >= 0 }) ?? true {
            fields.append(HTTPFieldRange(name: bytes.count..<bytes.count, value: -1 ..< -1))
        }
        bytes.append(contentsOf: piece)
        fields[fields.count - 1].name = fields[fields.count - 1].name.lowerBound..<bytes.count
    }

    /// Appends a piece of the last header's value.
    mutating func appendValue(_ piece: UnsafeRawBufferPointer) {
        guard let last = fields.last else { return }
        let start = last.value.lowerBound >= 0 ? last.value.lowerBound : bytes.count
        bytes.append(contentsOf: piece)
        fields[fields.count - 1].value = start..<bytes.count
    }

    /// Forgets everything, for the next message or for the trailers.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        fields.removeAll(keepingCapacity: true)
        startLineText = 0..<0
    }

    /// `bytes[range]` as Node turns header bytes into a string: one character per byte
    /// (Latin-1), so that bytes from 0x80 up read as U+0080-U+00FF.
    static func latin1String(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { all in
            let slice = UnsafeBufferPointer(rebasing: all[range])
            if !slice.contains(where: { $0 >= 0x80 }) {
                return String(decoding: slice, as: UTF8.self)
            }
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: slice.map { Unicode.Scalar($0) })
            return String(scalars)
        }
    }
}
