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
    /// The bytes and the fields' ranges.
    private(set) var storage = HTTPHeadStorage()
    /// The request URL, or the response's status text.
    private(set) var startLineText: Range<Int> = 0..<0

    /// The header read last (or being read).
    var lastField: HTTPFieldRange? { storage.lastField }

    /// Appends a piece of the URL or status text.
    @inline(__always)
    mutating func appendStartLineText(_ piece: UnsafeRawBufferPointer) {
        let start = startLineText.isEmpty ? storage.byteCount : startLineText.lowerBound
        startLineText = start..<uniqueStorage().append(piece).upperBound
    }

    /// Appends a piece of a header name: a new header's, unless the last header's name is still
    /// arriving (no piece of its value yet).
    @inline(__always)
    mutating func appendName(_ piece: UnsafeRawBufferPointer) {
        let storage = uniqueStorage()
        let added = storage.append(piece)
        if let last = storage.lastField, last.value.lowerBound < 0 {
            storage.lastField = HTTPFieldRange(name: last.name.lowerBound..<added.upperBound, value: last.value)
        } else {
            storage.appendField(HTTPFieldRange(name: added, value: -1 ..< -1))
        }
    }

    /// Appends a piece of the last header's value.
    @inline(__always)
    mutating func appendValue(_ piece: UnsafeRawBufferPointer) {
        let storage = uniqueStorage()
        guard let last = storage.lastField else { return }
        let added = storage.append(piece)
        let start = last.value.lowerBound >= 0 ? last.value.lowerBound : added.lowerBound
        storage.lastField = HTTPFieldRange(name: last.name, value: start..<added.upperBound)
    }

    /// Forgets everything, for the next message or for the trailers.
    mutating func removeAll() {
        if isKnownUniquelyReferenced(&storage) {
            storage.removeAll()
        } else {
            storage = HTTPHeadStorage()
        }
        startLineText = 0..<0
    }

    /// The storage, copied first if a view shares it: the one check each piece costs.
    @inline(__always)
    private mutating func uniqueStorage() -> HTTPHeadStorage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    /// `bytes[range]` as Node turns header bytes into a string: one character per byte
    /// (Latin-1), so that bytes from 0x80 up read as U+0080-U+00FF.
    static func latin1String(_ storage: HTTPHeadStorage, _ range: Range<Int>) -> String {
        let slice = storage[range]
        if !slice.contains(where: { $0 >= 0x80 }) {
            return String(decoding: slice, as: UTF8.self)
        }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: slice.map { Unicode.Scalar($0) })
        return String(scalars)
    }
}

/// A head's bytes and its fields' ranges, each in one growing allocation. The parser changes it
/// only while no view holds it (`HTTPHeadBuffer` copies it first otherwise), so once a view
/// shares it, it no longer changes: that is what makes it safe to send.
final class HTTPHeadStorage: @unchecked Sendable {
    /// What a head starts with room for; a larger one doubles it as it goes.
    private static let initialByteCapacity = 1024
    private static let initialFieldCapacity = 16

    private var bytes: UnsafeMutablePointer<UInt8>
    private(set) var byteCount = 0
    private var byteCapacity: Int
    private var fields: UnsafeMutablePointer<HTTPFieldRange>
    private(set) var fieldCount = 0
    private var fieldCapacity: Int

    init(byteCapacity: Int = HTTPHeadStorage.initialByteCapacity, fieldCapacity: Int = HTTPHeadStorage.initialFieldCapacity) {
        self.byteCapacity = Swift.max(byteCapacity, 1)
        self.fieldCapacity = Swift.max(fieldCapacity, 1)
        bytes = .allocate(capacity: self.byteCapacity)
        fields = .allocate(capacity: self.fieldCapacity)
    }

    deinit {
        bytes.deallocate()
        fields.deinitialize(count: fieldCount)
        fields.deallocate()
    }

    /// The byte at `index` (below `byteCount`).
    subscript(index: Int) -> UInt8 {
        precondition(index >= 0 && index < byteCount, "HTTPHeadStorage: index out of range")
        return bytes[index]
    }

    /// The bytes in `range` (within `byteCount`), valid while this storage lives.
    subscript(range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        precondition(range.lowerBound >= 0 && range.upperBound <= byteCount, "HTTPHeadStorage: range out of bounds")
        return UnsafeBufferPointer(start: bytes + range.lowerBound, count: range.count)
    }

    /// The field at `index` (below `fieldCount`).
    func field(at index: Int) -> HTTPFieldRange {
        precondition(index >= 0 && index < fieldCount, "HTTPHeadStorage: field index out of range")
        return fields[index]
    }

    /// The last field, read or replaced.
    var lastField: HTTPFieldRange? {
        get { fieldCount > 0 ? fields[fieldCount - 1] : nil }
        set {
            guard let newValue, fieldCount > 0 else { return }
            fields[fieldCount - 1] = newValue
        }
    }

    /// Copies `piece` after the bytes so far; returns where it landed.
    @inline(__always)
    func append(_ piece: UnsafeRawBufferPointer) -> Range<Int> {
        let start = byteCount
        guard let source = piece.baseAddress, !piece.isEmpty else { return start..<start }
        if byteCount + piece.count > byteCapacity { growBytes(toAtLeast: byteCount + piece.count) }
        UnsafeMutableRawPointer(bytes + byteCount).copyMemory(from: source, byteCount: piece.count)
        byteCount += piece.count
        return start..<byteCount
    }

    /// Adds a field after the others.
    func appendField(_ field: HTTPFieldRange) {
        if fieldCount == fieldCapacity { growFields() }
        (fields + fieldCount).initialize(to: field)
        fieldCount += 1
    }

    /// Forgets the bytes and fields, keeping the room.
    func removeAll() {
        byteCount = 0
        fields.deinitialize(count: fieldCount)
        fieldCount = 0
    }

    /// A storage of its own holding the same bytes and fields.
    func copy() -> HTTPHeadStorage {
        let copy = HTTPHeadStorage(byteCapacity: byteCapacity, fieldCapacity: fieldCapacity)
        _ = copy.append(UnsafeRawBufferPointer(start: bytes, count: byteCount))
        for index in 0..<fieldCount { copy.appendField(fields[index]) }
        return copy
    }

    private func growBytes(toAtLeast needed: Int) {
        let newCapacity = Swift.max(needed, byteCapacity * 2)
        let newBytes = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBytes.initialize(from: bytes, count: byteCount)
        bytes.deallocate()
        bytes = newBytes
        byteCapacity = newCapacity
    }

    private func growFields() {
        let newCapacity = fieldCapacity * 2
        let newFields = UnsafeMutablePointer<HTTPFieldRange>.allocate(capacity: newCapacity)
        newFields.moveInitialize(from: fields, count: fieldCount)
        fields.deallocate()
        fields = newFields
        fieldCapacity = newCapacity
    }
}
