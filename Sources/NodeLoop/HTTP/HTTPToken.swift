// The text checks Node makes on what a program sends (lib/_http_common.js): header names must
// be HTTP tokens, header values must not hold control characters, and two header values steer
// the framing (`Connection: close`, `Transfer-Encoding: ... chunked`).

enum HTTPToken {
    /// Whether `text` is a non-empty RFC 7230 token (Node's `checkIsHttpToken`).
    static func isToken(_ text: String) -> Bool {
        guard !text.isEmpty else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
            case 0x21, 0x23, 0x24, 0x25, 0x26, 0x27, 0x2A, 0x2B, 0x2D, 0x2E, 0x5E, 0x5F, 0x60, 0x7C, 0x7E: true
            default: false
            }
        }
    }

    /// Whether `text` may be sent as a header value: tab, space, visible ASCII and Latin-1
    /// letters only (Node's `checkInvalidHeaderChar` finds none of the others).
    static func isValidValue(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            scalar.value == 0x09 || (0x20...0x7E).contains(scalar.value) || (0x80...0xFF).contains(scalar.value)
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
