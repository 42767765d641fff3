// The bytes of an outgoing head, written straight into one array: the first line, each header
// line, and what the lines said about the framing (Node's `_storeHeader` state). Every response
// makes one, so nothing here goes through `String` concatenation or lower-casing.

/// Collects a head's lines as bytes, noting the headers that steer the framing.
struct HTTPHeadWriter {
    private(set) var bytes: [UInt8] = []
    private(set) var hasConnection = false
    private(set) var connectionSaysClose = false
    private(set) var hasContentLength = false
    private(set) var hasTransferEncoding = false
    private(set) var transferEncodingIsChunked = false
    private(set) var hasDate = false

    init() {
        bytes.reserveCapacity(256)
    }

    /// Adds `name: value` lines: one for a string or number, one per string of a list (Cookie's
    /// joined with `"; "`, as Node joins them).
    mutating func append(name: String, value: HTTPHeaderValue) {
        switch value {
        case .string(let text): appendLine(name, text)
        case .number(let number) where number < 0: appendLine(name, String(number))
        case .number(let number):
            bytes.append(contentsOf: name.utf8)
            bytes.append(contentsOf: [0x3A, 0x20])
            appendDecimal(number)
            bytes.append(contentsOf: [0x0D, 0x0A])
            note(name, "")
        case .list:
            for text in value.wireValues(for: name) { appendLine(name, text) }
        }
    }

    /// Adds text Node adds itself (Date, Connection, Keep-Alive...).
    mutating func appendRaw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Adds fixed text.
    mutating func appendRaw(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Adds a non-negative number in decimal, without making a `String` of it.
    mutating func appendDecimal(_ number: Int) {
        var divisor = 1
        while divisor <= number / 10 { divisor *= 10 }
        var rest = number
        while divisor > 0 {
            bytes.append(UInt8(0x30 + rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// Ends the head with its empty line and hands over the bytes.
    mutating func finish() -> [UInt8] {
        bytes.append(contentsOf: [0x0D, 0x0A])
        return bytes
    }

    private mutating func appendLine(_ name: String, _ value: String) {
        bytes.append(contentsOf: name.utf8)
        bytes.append(contentsOf: [0x3A, 0x20])
        bytes.append(contentsOf: value.utf8)
        bytes.append(contentsOf: [0x0D, 0x0A])
        note(name, value)
    }

    /// Node's `matchHeader`: only names of 4 to 17 bytes can be one it looks at.
    private mutating func note(_ name: String, _ value: String) {
        let length = name.utf8.count
        guard length >= 4 && length <= 17 else { return }
        if HTTPToken.equalsIgnoringCase(name, "connection") {
            hasConnection = true
            if HTTPToken.containsToken("close", in: value) { connectionSaysClose = true }
        } else if HTTPToken.equalsIgnoringCase(name, "transfer-encoding") {
            hasTransferEncoding = true
            if HTTPToken.endsWithChunked(value) { transferEncodingIsChunked = true }
        } else if HTTPToken.equalsIgnoringCase(name, "content-length") {
            hasContentLength = true
        } else if HTTPToken.equalsIgnoringCase(name, "date") {
            hasDate = true
        }
    }
}
