// The text checks Node makes on what a program sends (lib/_http_common.js): header names must
// be HTTP tokens, header values must not hold control characters, and two header values steer
// the framing (`Connection: close`, `Transfer-Encoding: ... chunked`).

enum HTTPToken {
    /// Whether `text` is a non-empty RFC 7230 token (Node's `checkIsHttpToken`).
    static func isToken(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isToken(bytes: $0) }
    }

    private static func isToken(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !bytes.isEmpty else { return false }
        for byte in bytes {
            switch byte {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: continue
            case 0x21, 0x23, 0x24, 0x25, 0x26, 0x27, 0x2A, 0x2B, 0x2D, 0x2E, 0x5E, 0x5F, 0x60, 0x7C, 0x7E: continue
            default: return false
            }
        }
        return true
    }

    /// Whether `text` may be sent as a header value: tab, space, visible ASCII and Latin-1
    /// letters only (Node's `checkInvalidHeaderChar` finds none of the others).
    static func isValidValue(_ text: String) -> Bool {
        // Plain ASCII is the common case: one pass over the bytes.
        if text.utf8.allSatisfy({ $0 == 0x09 || (0x20...0x7E).contains($0) }) { return true }
        return text.unicodeScalars.allSatisfy { scalar in
            scalar.value == 0x09 || (0x20...0x7E).contains(scalar.value) || (0x80...0xFF).contains(scalar.value)
        }
    }

    /// Whether `name` is `lowercased` in any case (`lowercased` is ASCII and lower-case).
    static func equalsIgnoringCase(_ name: String, _ lowercased: StaticString) -> Bool {
        guard name.utf8.count == lowercased.utf8CodeUnitCount else { return false }
        var name = name
        return name.withUTF8 { bytes in
            let expected = lowercased.utf8Start
            for index in 0..<bytes.count {
                let byte = bytes[index]
                if ((0x41...0x5A).contains(byte) ? byte | 0x20 : byte) != expected[index] { return false }
            }
            return true
        }
    }

    /// Whether the comma-separated `value` names `token` (any case) as one of its elements, as
    /// Node's `/(?:^|\W)close(?:$|\W)/i` finds `close` in a Connection header.
    static func containsToken(_ token: String, in value: String) -> Bool {
        let words = value.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "_") }
        return words.contains { $0 == token }
    }

    /// Whether a Transfer-Encoding value ends with `chunked` (Node's
    /// `/(?:^|\W)chunked(?:$|(?:\s*,\s*))/i`: chunked, then nothing or a comma).
    static func endsWithChunked(_ value: String) -> Bool {
        let elements = value.lowercased().split(separator: ",").map { $0.trimmingCharacters(in: [" ", "\t"]) }
        return elements.contains("chunked")
    }
}

extension StringProtocol {
    fileprivate func trimmingCharacters(in set: Set<Character>) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
