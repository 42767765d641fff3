/// Bytes that arrive in pieces, turned into text piece by piece without cutting a character
/// (or a base64 group) in two: what Node's `string_decoder` does for a readable stream given an
/// encoding.
///
/// Each ``decode(_:)`` holds back the bytes at the end of a piece that cannot be decoded alone
/// (the start of a UTF-8 sequence, an odd byte or a high surrogate in UTF-16, the one or two
/// bytes after the last full group of three in base64) and puts them before the next piece.
/// ``end()`` decodes what is held as it is: an incomplete UTF-8 sequence becomes U+FFFD, as in
/// Node.
///
/// ```swift
/// var decoder = TextChunkDecoder(.utf8)
/// decoder.decode(Buffer([0x68, 0xC3]))   // "h", 0xC3 held
/// decoder.decode(Buffer([0xA9]))         // "é"
/// ```
struct TextChunkDecoder {
    private(set) var encoding: BufferEncoding.Kind
    /// The bytes held back from the last piece.
    private var held: [UInt8] = []

    init(_ encoding: BufferEncoding.Kind) {
        self.encoding = encoding
    }

    /// Decodes what follows from now on in `encoding`; the bytes held stay held.
    mutating func change(to encoding: BufferEncoding.Kind) {
        self.encoding = encoding
    }

    /// The text of `piece` after the bytes held back from the last piece, up to the bytes it
    /// holds back in turn.
    mutating func decode(_ piece: Buffer) -> String {
        var bytes = held
        bytes.append(contentsOf: piece.bytes)
        let complete = completeCount(of: bytes)
        held = Array(bytes[complete...])
        return encoding.decode(bytes[..<complete])
    }

    /// The text of the bytes still held; nothing is held afterwards.
    mutating func end() -> String {
        defer { held = [] }
        return held.isEmpty ? "" : encoding.decode(held[...])
    }

    /// How many of `bytes`, from the start, decode without the bytes that follow.
    private func completeCount(of bytes: [UInt8]) -> Int {
        switch encoding {
        case .utf8:
            return bytes.count - incompleteUTF8Suffix(of: bytes)
        case .utf16le:
            var count = bytes.count - bytes.count % 2
            // A high surrogate waits for the low one after it.
            if count >= 2, (0xD8...0xDB).contains(bytes[count - 1]) { count -= 2 }
            return count
        case .base64, .base64url:
            return bytes.count - bytes.count % 3
        case .latin1, .ascii, .hex:
            return bytes.count
        }
    }

    /// The length of a UTF-8 sequence started at the end of `bytes` and not finished there: 0
    /// when the last sequence is complete (or is no valid start, which decodes as it is).
    private func incompleteUTF8Suffix(of bytes: [UInt8]) -> Int {
        // A sequence has at most four bytes: its start is among the last three.
        for back in stride(from: 1, through: Swift.min(3, bytes.count), by: 1) {
            let byte = bytes[bytes.count - back]
            guard byte & 0xC0 == 0x80 else {
                let length: Int
                switch byte {
                case 0xC0...0xDF: length = 2
                case 0xE0...0xEF: length = 3
                case 0xF0...0xF7: length = 4
                default: length = 1
                }
                return length > back ? back : 0
            }
        }
        return 0
    }
}
