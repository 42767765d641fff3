// How an encoding name becomes one of the seven encodings Node knows, and the two errors Node
// throws for a name it does not know. The rules follow Node v20's `normalizeEncoding`
// (lib/internal/util.js) and `getEncodingOps` (lib/buffer.js).

/// The name of a character encoding, as Node's `Buffer` and `fs` take it: `"utf8"`, `"hex"`,
/// `"base64"` and the others Node accepts.
///
/// It keeps the name the caller gave, so a call reads as it does in Node, and a name Node does
/// not know is reported only when the encoding is used, with the error Node throws there:
///
/// ```swift
/// let bytes = try Buffer.from("aGk=", "base64")     // or .base64
/// try bytes.toString("latin1")                      // "hi"
/// try Buffer.from("hi", "bogus")                    // TypeError [ERR_UNKNOWN_ENCODING]
/// ```
///
/// Node's names and aliases are accepted in any case: `utf8` (`utf-8`), `utf16le` (`utf-16le`,
/// `ucs2`, `ucs-2`), `latin1` (`binary`), `ascii`, `base64`, `base64url`, `hex`.
///
/// Two encodings are equal when they name the same encoding (`"UTF-8" == .utf8`); two unknown
/// names are equal when they are spelled the same.
public struct BufferEncoding: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The name as the caller spelled it (`"UTF-8"`, `"binary"`, or a name Node does not know).
    public let name: String

    /// An encoding by name; the name is checked only when the encoding is used.
    public init(_ name: String) {
        self.name = name
    }

    /// An encoding written as a string literal: `"hex"`.
    public init(stringLiteral name: String) {
        self.name = name
    }

    /// The name as the caller spelled it.
    public var description: String { name }

    /// UTF-8, Node's default. Decoding replaces each ill-formed sequence with U+FFFD.
    public static let utf8 = BufferEncoding("utf8")
    /// UTF-16 little-endian, two bytes per UTF-16 code unit (aliases `ucs2`, `utf-16le`).
    public static let utf16le = BufferEncoding("utf16le")
    /// One byte per UTF-16 code unit: its low byte (alias `binary`).
    public static let latin1 = BufferEncoding("latin1")
    /// Like ``latin1`` when encoding; decoding clears each byte's high bit.
    public static let ascii = BufferEncoding("ascii")
    /// Base64 with `+`, `/` and `=` padding; decoding is lenient, as Node's.
    public static let base64 = BufferEncoding("base64")
    /// URL-safe base64 with `-` and `_`, encoded without padding.
    public static let base64url = BufferEncoding("base64url")
    /// Two lowercase hexadecimal digits per byte.
    public static let hex = BufferEncoding("hex")

    /// Equal when both name the same encoding, or both are unknown and spelled the same.
    public static func == (lhs: BufferEncoding, rhs: BufferEncoding) -> Bool {
        switch (lhs.resolved(), rhs.resolved()) {
        case let (left?, right?): left == right
        case (nil, nil): lhs.name == rhs.name
        default: false
        }
    }

    /// Hashes what `==` compares: the encoding, or the spelling of an unknown name.
    public func hash(into hasher: inout Hasher) {
        if let kind = resolved() {
            hasher.combine(kind)
        } else {
            hasher.combine(name)
        }
    }
}

// MARK: - Resolving the name

extension BufferEncoding {
    /// The seven encodings Node implements; every accepted name resolves to one of them.
    enum Kind: Sendable, Hashable {
        case utf8, utf16le, latin1, ascii, base64, base64url, hex
    }

    /// The encoding this name stands for, or nil when Node does not know the name (as
    /// `Buffer.isEncoding`). The empty name is not an encoding.
    func resolved() -> Kind? {
        // Node lowercases the name with `toLowerCase()` and compares it with ASCII names. Only
        // one non-ASCII character lowercases to an ASCII letter (the Kelvin sign, to `k`), and
        // no encoding name has a `k`, so a name with a non-ASCII character is never an
        // encoding. Comparing ASCII bytes also keeps Swift's canonical equivalence out of it.
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        switch name.lowercased() {
        case "utf8", "utf-8": return .utf8
        case "utf16le", "utf-16le", "ucs2", "ucs-2": return .utf16le
        case "latin1", "binary": return .latin1
        case "ascii": return .ascii
        case "base64": return .base64
        case "base64url": return .base64url
        case "hex": return .hex
        default: return nil
        }
    }

    /// The encoding, for `Buffer`'s methods; throws Node's error for a name it does not know.
    ///
    /// node: `Buffer.from('x', 'bogus')` throws
    /// `TypeError [ERR_UNKNOWN_ENCODING]: Unknown encoding: bogus`; so does an empty name in
    /// `buf.toString('')` (``Buffer/from(_:_:)`` treats an empty name as UTF-8, as Node does).
    func validatedForBuffer() throws -> Kind {
        guard let kind = resolved() else {
            throw NodeError("Unknown encoding: \(name)", name: "TypeError", code: "ERR_UNKNOWN_ENCODING")
        }
        return kind
    }

    /// The encoding, for the `fs` functions; throws Node's `fs` error for a name it does not know.
    ///
    /// node: `fs.readFileSync(path, 'bogus')` throws `TypeError [ERR_INVALID_ARG_VALUE]: The
    /// argument 'encoding' is invalid encoding. Received 'bogus'` (lib/internal/fs/utils.js,
    /// `assertEncoding`). The empty name passes, as in Node, where it means "no encoding given":
    /// this returns `.utf8`, the default for writing text, but Node's `readFile` with `''`
    /// returns bytes, so a caller that reads should treat an empty name as absent. Node's `fs`
    /// also lets `'buffer'` through for the functions that return names or bytes (`readdir`);
    /// that choice is the caller's to make before calling this.
    func validatedForFileSystem() throws -> Kind {
        if name.isEmpty { return .utf8 }
        guard let kind = resolved() else {
            throw NodeError.invalidArgumentValue("encoding", name, reason: "is invalid encoding")
        }
        return kind
    }
}
