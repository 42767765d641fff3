// The seven encodings, byte for byte as Node v20 (src/string_bytes.cc, src/base64-inl.h,
// lib/buffer.js). Each rule below was checked against node; the command is beside it.
//
// A JavaScript string is a list of UTF-16 code units, and Node's one-byte encodings (latin1,
// ascii) and its decoders of text (hex, base64) read the low byte of each unit. A Swift string
// holds Unicode scalars, so these rules read `string.utf16`. A Swift string cannot hold a lone
// surrogate, so the cases where Node reads or makes one differ: see `decode` for utf16le.

extension BufferEncoding.Kind {
    /// The bytes of `string` in this encoding, as `Buffer.from(string, encoding)` gives them.
    func encode(_ string: String) -> [UInt8] {
        switch self {
        case .utf8:
            return Array(string.utf8)
        case .utf16le:
            // node: Buffer.from('😀', 'utf16le') -> 3d d8 00 de: a character outside the BMP is
            // its surrogate pair, each unit little-endian.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(string.utf16.count * 2)
            for unit in string.utf16 {
                bytes.append(UInt8(truncatingIfNeeded: unit))
                bytes.append(UInt8(truncatingIfNeeded: unit >> 8))
            }
            return bytes
        case .latin1, .ascii:
            // node: Buffer.from('é中😀A', 'latin1') and (..., 'ascii') -> e9 2d 3d 00 41: the low
            // byte of each UTF-16 code unit, for ascii too (Node does not mask it there).
            return lowBytes(of: string)
        case .base64, .base64url:
            // node: Buffer.from('-_-_', 'base64') and Buffer.from('+/+/', 'base64url') ->
            // fb ff bf: both names decode both alphabets.
            // node: Buffer.from('QUFBQU\u0141B', 'base64') -> 41 41 41 41 40 01 and
            // Buffer.from('QUFB\u{1F600}QUFB', 'base64') -> 41 41 41: the decoder reads the low
            // byte of each code unit, so U+0141 counts as 'A' and the emoji's first surrogate
            // (D83D) as '=', which ends the input.
            return Self.decodeBase64(lowBytes(of: string))
        case .hex:
            // node: Buffer.from('\u0141\u0141', 'hex') -> aa: the low byte of each code unit,
            // as for base64.
            return Self.decodeHex(lowBytes(of: string))
        }
    }

    /// The text of `bytes` in this encoding, as `buf.toString(encoding)` gives it.
    func decode(_ bytes: ArraySlice<UInt8>) -> String {
        switch self {
        case .utf8:
            // node: Buffer.from([0xe2, 0x82, 0x41]).toString() -> '\ufffdA', and
            // Buffer.from([0xf0, 0x80, 0x80]).toString() -> three U+FFFD: each maximal subpart
            // of an ill-formed sequence becomes one U+FFFD (WHATWG UTF-8 decode, as V8).
            // Swift's decoder repairs with the same rule; checked on every two-byte sequence
            // and 200,000 random ones against node. A BOM is kept, as Node keeps it.
            return String(decoding: bytes, as: UTF8.self)
        case .utf16le:
            // node: Buffer.from([0x41, 0, 0x42]).toString('utf16le') -> 'A': an odd last byte
            // is dropped. Node keeps a lone surrogate ([0x3d, 0xd8] -> '\ud83d'); a Swift
            // string cannot hold one, so it decodes to U+FFFD here.
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var index = bytes.startIndex
            while index + 1 < bytes.endIndex {
                units.append(UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8)
                index += 2
            }
            return String(decoding: units, as: UTF16.self)
        case .latin1:
            // node: Buffer.from([0xe9, 0x41, 0x80, 0xff]).toString('latin1') -> units
            // 00e9 0041 0080 00ff: each byte is the character with that code.
            return String(decoding: bytes.lazy.map { UInt16($0) }, as: UTF16.self)
        case .ascii:
            // node: Buffer.from([0xe9, 0x41, 0x80, 0xff, 0x7f]).toString('ascii') -> units
            // 0069 0041 0000 007f 007f: Node v20 clears the high bit of each byte.
            return String(decoding: bytes.lazy.map { $0 & 0x7F }, as: UTF8.self)
        case .base64:
            return Self.encodeBase64(bytes, alphabet: Self.base64Alphabet, padded: true)
        case .base64url:
            // node: Buffer.from([0xfb, 0xff]).toString('base64url') -> '-_8': no padding.
            return Self.encodeBase64(bytes, alphabet: Self.base64URLAlphabet, padded: false)
        case .hex:
            // node: Buffer.from([0, 15, 16, 255]).toString('hex') -> '000f10ff'.
            var digits: [UInt8] = []
            digits.reserveCapacity(bytes.count * 2)
            for byte in bytes {
                digits.append(Self.hexDigits[Int(byte >> 4)])
                digits.append(Self.hexDigits[Int(byte & 0x0F)])
            }
            return String(decoding: digits, as: UTF8.self)
        }
    }

    /// `Buffer.byteLength(string, encoding)`: the bytes `string` takes in this encoding, or for
    /// base64 Node's estimate, which is what Node returns.
    func byteLength(of string: String) -> Int {
        switch self {
        case .utf8:
            return string.utf8.count
        case .utf16le:
            return string.utf16.count * 2
        case .latin1, .ascii:
            return string.utf16.count
        case .hex:
            // node: Buffer.byteLength('abc', 'hex') -> 1: half the length, rounded down.
            return string.utf16.count / 2
        case .base64, .base64url:
            // node: Buffer.byteLength('a b=', 'base64') -> 2: lib/buffer.js `base64ByteLength`
            // drops up to two trailing '=' and takes three quarters of the rest, without
            // looking for whitespace or invalid characters.
            let units = string.utf16
            var count = units.count
            var end = units.endIndex
            if count > 0 && units[units.index(before: end)] == 0x3D {
                count -= 1
                end = units.index(before: end)
            }
            if count > 1 && units[units.index(before: end)] == 0x3D { count -= 1 }
            return count * 3 / 4
        }
    }

    private func lowBytes(of string: String) -> [UInt8] {
        string.utf16.map { UInt8(truncatingIfNeeded: $0) }
    }
}

// MARK: - Base64

extension BufferEncoding.Kind {
    private static let base64Alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    private static let base64URLAlphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// The value of each byte as a base64 digit in either alphabet (`+` and `-` are 62, `/` and
    /// `_` are 63), or 0xFF for a byte that is not one: Node's `unbase64` table.
    private static let base64Values: [UInt8] = {
        var values = [UInt8](repeating: 0xFF, count: 256)
        for (value, digit) in base64Alphabet.enumerated() { values[Int(digit)] = UInt8(value) }
        for (value, digit) in base64URLAlphabet.enumerated() { values[Int(digit)] = UInt8(value) }
        return values
    }()

    /// Node's lenient base64 decoder (src/base64-inl.h), over the low byte of each code unit.
    static func decodeBase64(_ input: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(input.count / 4 * 3 + 2)
        var group: UInt32 = 0
        var digits = 0
        for byte in input {
            let value = base64Values[Int(byte)]
            guard value < 64 else {
                // node: Buffer.from('aGV sbG8=\n', 'base64') -> 'hello' and
                // Buffer.from('a!!b', 'base64') -> 69: whitespace and every other byte that is
                // not a digit are skipped; node: Buffer.from('aGVs=bG8', 'base64') -> 68 65 6c:
                // the first '=' ends the input, wherever it is.
                if byte == UInt8(ascii: "=") { break }
                continue
            }
            group = group << 6 | UInt32(value)
            digits += 1
            if digits == 4 {
                output.append(UInt8(truncatingIfNeeded: group >> 16))
                output.append(UInt8(truncatingIfNeeded: group >> 8))
                output.append(UInt8(truncatingIfNeeded: group))
                group = 0
                digits = 0
            }
        }
        // node: Buffer.from('QUI', 'base64') -> 41 42, Buffer.from('QQ', 'base64') -> 41,
        // Buffer.from('QUFBQ', 'base64') -> 41 41 41: missing padding is fine; the bits of a
        // last group of two or three digits make one or two bytes, and a lone digit none.
        switch digits {
        case 2:
            output.append(UInt8(truncatingIfNeeded: group >> 4))
        case 3:
            output.append(UInt8(truncatingIfNeeded: group >> 10))
            output.append(UInt8(truncatingIfNeeded: group >> 2))
        default:
            break
        }
        return output
    }

    /// Base64 of `bytes` in `alphabet`, with or without `=` padding.
    private static func encodeBase64(_ bytes: ArraySlice<UInt8>, alphabet: [UInt8], padded: Bool) -> String {
        var text: [UInt8] = []
        text.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let count = min(3, bytes.endIndex - index)
            var group = UInt32(bytes[index]) << 16
            if count > 1 { group |= UInt32(bytes[index + 1]) << 8 }
            if count > 2 { group |= UInt32(bytes[index + 2]) }
            for position in 0...count {
                text.append(alphabet[Int((group >> (18 - 6 * UInt32(position))) & 0x3F)])
            }
            if padded {
                for _ in count..<3 { text.append(UInt8(ascii: "=")) }
            }
            index += count
        }
        return String(decoding: text, as: UTF8.self)
    }
}

// MARK: - Hex

extension BufferEncoding.Kind {
    /// Node's hex decoder (src/string_bytes.cc, `hex_decode`), over the low byte of each code
    /// unit.
    static func decodeHex(_ input: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(input.count / 2)
        var index = 0
        // node: Buffer.from('abc', 'hex') -> ab: a last odd digit is ignored.
        while index + 1 < input.count {
            // node: Buffer.from('abzz12', 'hex') -> ab, Buffer.from(' ab', 'hex') -> empty:
            // decoding stops at the first pair that is not two hex digits.
            guard let high = hexValue(input[index]), let low = hexValue(input[index + 1]) else { break }
            output.append(high << 4 | low)
            index += 2
        }
        return output
    }

    private static func hexValue(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
