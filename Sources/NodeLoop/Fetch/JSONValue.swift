// A JSON document as a Swift value, and the `JSON.parse` that reads one. NodeLoop depends on
// nothing but libuv, so this is its own small reader (RFC 8259, as strict as `JSON.parse`:
// no trailing commas, no comments, only the four escapes of `\u` and the usual eight).

/// A parsed JSON document (what `JSON.parse` gives in JavaScript): ``FetchResponse/json()``
/// answers one. Read it with subscripts and the typed views.
///
/// ```swift
/// let value = try JSONValue.parse(#"{"name": "NodeLoop", "tags": ["swift"]}"#)
/// value["name"]?.string            // "NodeLoop"
/// value["tags"]?[0]?.string        // "swift"
/// ```
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    /// The members in the order the text gave them (a later duplicate replaces an earlier one,
    /// as in `JSON.parse`).
    case object([(key: String, value: JSONValue)])

    /// The member `key` of an object; nil for a missing member or a value that is not an object.
    public subscript(_ key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.last { $0.key == key }?.value
    }

    /// The element at `index` of an array; nil out of range or for a value that is not an array.
    public subscript(_ index: Int) -> JSONValue? {
        guard case .array(let elements) = self, elements.indices.contains(index) else { return nil }
        return elements[index]
    }

    /// The text of a string value.
    public var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The number of a number value.
    public var number: Double? {
        if case .number(let number) = self { return number }
        return nil
    }

    /// The truth of a boolean value.
    public var bool: Bool? {
        if case .bool(let bool) = self { return bool }
        return nil
    }

    /// The elements of an array value.
    public var array: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// Whether the value is `null`.
    public var isNull: Bool { self == .null }

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)): a.elementsEqual(b) { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }

    /// Parses JSON text (JavaScript's `JSON.parse`).
    ///
    /// - Throws: a `SyntaxError` in `JSON.parse`'s words for text that is not JSON.
    public static func parse(_ text: String) throws -> JSONValue {
        var reader = JSONReader(bytes: Array(text.utf8))
        reader.skipWhitespace()
        let value = try reader.readValue(depth: 0)
        reader.skipWhitespace()
        guard reader.atEnd else { throw reader.unexpected() }
        return value
    }
}

/// Reads JSON text byte by byte for ``JSONValue/parse(_:)``.
private struct JSONReader {
    let bytes: [UInt8]
    var position = 0
    /// Deeper nesting than this is refused rather than risking the stack.
    static let maxDepth = 512

    var atEnd: Bool { position >= bytes.count }

    mutating func skipWhitespace() {
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
    }

    func unexpected() -> NodeError {
        guard position < bytes.count else { return NodeError("Unexpected end of JSON input", name: "SyntaxError") }
        let character = String(decoding: [bytes[position]], as: UTF8.self)
        return NodeError("Unexpected token '\(character)' at position \(position)", name: "SyntaxError")
    }

    mutating func readValue(depth: Int) throws -> JSONValue {
        guard depth < Self.maxDepth, position < bytes.count else { throw unexpected() }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try readObject(depth: depth)
        case UInt8(ascii: "["): return try readArray(depth: depth)
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "t"): return try readLiteral("true", .bool(true))
        case UInt8(ascii: "f"): return try readLiteral("false", .bool(false))
        case UInt8(ascii: "n"): return try readLiteral("null", .null)
        default: return .number(try readNumber())
        }
    }

    private mutating func readLiteral(_ word: String, _ value: JSONValue) throws -> JSONValue {
        for byte in word.utf8 {
            guard position < bytes.count, bytes[position] == byte else { throw unexpected() }
            position += 1
        }
        return value
    }

    private mutating func readObject(depth: Int) throws -> JSONValue {
        position += 1
        var members: [(key: String, value: JSONValue)] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw unexpected() }
            let key = try readString()
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw unexpected() }
            position += 1
            skipWhitespace()
            let value = try readValue(depth: depth + 1)
            if let index = members.firstIndex(where: { $0.key == key }) {
                members[index].value = value
            } else {
                members.append((key, value))
            }
            skipWhitespace()
            guard position < bytes.count else { throw unexpected() }
            position += 1
            switch bytes[position - 1] {
            case UInt8(ascii: ","): continue
            case UInt8(ascii: "}"): return .object(members)
            default:
                position -= 1
                throw unexpected()
            }
        }
    }

    private mutating func readArray(depth: Int) throws -> JSONValue {
        position += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try readValue(depth: depth + 1))
            skipWhitespace()
            guard position < bytes.count else { throw unexpected() }
            position += 1
            switch bytes[position - 1] {
            case UInt8(ascii: ","): continue
            case UInt8(ascii: "]"): return .array(elements)
            default:
                position -= 1
                throw unexpected()
            }
        }
    }

    private mutating func readString() throws -> String {
        position += 1
        var scalars = String.UnicodeScalarView()
        var run: [UInt8] = []
        func flush() {
            scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars)
            run.removeAll(keepingCapacity: true)
        }
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                flush()
                return String(scalars)
            case UInt8(ascii: "\\"):
                flush()
                guard position < bytes.count else { throw unexpected() }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "\""): scalars.append("\"")
                case UInt8(ascii: "\\"): scalars.append("\\")
                case UInt8(ascii: "/"): scalars.append("/")
                case UInt8(ascii: "b"): scalars.append("\u{08}")
                case UInt8(ascii: "f"): scalars.append("\u{0C}")
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "u"): scalars.append(try readUnicodeEscape())
                default:
                    position -= 1
                    throw unexpected()
                }
            case 0..<0x20:
                position -= 1
                throw unexpected()
            default:
                run.append(byte)
            }
        }
        throw unexpected()
    }

    /// `\uXXXX`, joining a surrogate pair; a lone surrogate becomes U+FFFD (Swift strings hold
    /// no lone surrogates).
    private mutating func readUnicodeEscape() throws -> Unicode.Scalar {
        let high = try readHex4()
        if (0xD800..<0xDC00).contains(high), position + 1 < bytes.count,
           bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
            position += 2
            let low = try readHex4()
            if (0xDC00..<0xE000).contains(low) {
                return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}"
            }
            return "\u{FFFD}"
        }
        return Unicode.Scalar(high) ?? "\u{FFFD}"
    }

    private mutating func readHex4() throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard position < bytes.count, let digit = Self.hexValue(bytes[position]) else { throw unexpected() }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// A number as JSON writes it: `-`? int frac? exp?, with no leading zeros.
    private mutating func readNumber() throws -> Double {
        let start = position
        func digits() -> Int {
            let from = position
            while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
            return position - from
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") { position += 1 }
        let integerStart = position
        let integerDigits = digits()
        guard integerDigits > 0 else { throw unexpected() }
        if integerDigits > 1 && bytes[integerStart] == UInt8(ascii: "0") {
            position = integerStart + 1
            throw unexpected()
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard digits() > 0 else { throw unexpected() }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            guard digits() > 0 else { throw unexpected() }
        }
        guard let number = Double(String(decoding: bytes[start..<position], as: UTF8.self)) else { throw unexpected() }
        return number
    }
}
