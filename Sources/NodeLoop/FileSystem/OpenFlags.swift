#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a file is opened: one of Node's flag strings (`"r"`, `"w"`, `"a+"`, `"wx"`, ...) or a
/// number made of `O_*` constants.
///
/// Written as a string literal where Node takes a string: `fs.open(path, "wx")`. A string that
/// is not one of Node's flags is reported when the call is made, with Node's
/// `ERR_INVALID_ARG_VALUE`.
public struct OpenFlags: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, CustomStringConvertible {
    private enum Spelling: Sendable, Hashable {
        case text(String)
        case number(Int64)
    }

    private let spelling: Spelling

    /// One of Node's flag strings; checked when used.
    public init(_ text: String) {
        spelling = .text(text)
    }

    /// A number made of `O_*` flags, passed to `open(2)` as it is.
    public init(rawValue: Int64) {
        spelling = .number(rawValue)
    }

    /// A flag string written as a literal: `"r"`, `"wx"`.
    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// `O_*` flags written as a literal number.
    public init(integerLiteral value: Int64) {
        self.init(rawValue: value)
    }

    /// `"r"`: read an existing file.
    public static let read: OpenFlags = "r"
    /// `"r+"`: read and write an existing file.
    public static let readWrite: OpenFlags = "r+"
    /// `"w"`: write, creating the file or emptying it.
    public static let write: OpenFlags = "w"
    /// `"a"`: append, creating the file if missing.
    public static let append: OpenFlags = "a"

    /// The flags as written: the string, or the number.
    public var description: String {
        switch spelling {
        case .text(let text): return text
        case .number(let number): return String(number)
        }
    }

    /// The `open(2)` flags, or Node's error for a string it does not know or a number out of
    /// the 32-bit range.
    func resolved() throws -> Int32 {
        switch spelling {
        case .number(let number):
            guard let flags = Int32(exactly: number) else {
                throw NodeError.outOfRange("flags", mustBe: ">= -2147483648 && <= 2147483647", received: number)
            }
            return flags
        case .text(let text):
            guard let flags = OpenFlags.table[text] else {
                throw NodeError.invalidArgumentValue("flags", text)
            }
            return flags
        }
    }

    /// Node's `stringToFlags`: each accepted spelling and its `open(2)` flags.
    private static let table: [String: Int32] = {
        let sync = O_SYNC
        var table: [String: Int32] = [
            "r": O_RDONLY,
            "r+": O_RDWR,
            "w": O_TRUNC | O_CREAT | O_WRONLY,
            "w+": O_TRUNC | O_CREAT | O_RDWR,
            "a": O_APPEND | O_CREAT | O_WRONLY,
            "a+": O_APPEND | O_CREAT | O_RDWR,
        ]
        for (spellings, flags) in [
            (["rs", "sr"], O_RDONLY | sync),
            (["rs+", "sr+"], O_RDWR | sync),
            (["wx", "xw"], O_TRUNC | O_CREAT | O_WRONLY | O_EXCL),
            (["wx+", "xw+"], O_TRUNC | O_CREAT | O_RDWR | O_EXCL),
            (["ax", "xa"], O_APPEND | O_CREAT | O_WRONLY | O_EXCL),
            (["as", "sa"], O_APPEND | O_CREAT | O_WRONLY | sync),
            (["ax+", "xa+"], O_APPEND | O_CREAT | O_RDWR | O_EXCL),
            (["as+", "sa+"], O_APPEND | O_CREAT | O_RDWR | sync),
        ] {
            for spelling in spellings { table[spelling] = flags }
        }
        return table
    }()
}
