/// An error shaped like Node's: a name, a message and, for system and argument errors, a code.
///
/// Throw it where Node code throws `new Error(...)`; NodeLoop's own APIs report failures with it
/// (for example `ENOENT` from `fs.stat`, with `errno`, `syscall` and `path`).
///
/// ```swift
/// setTimeout(10) { throw NodeError("boom") }
/// ```
public struct NodeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The error's class name in Node (`Error`, `TypeError`, `RangeError`, `AbortError`).
    public var name: String
    /// The message, in Node's words for Node's own errors.
    public var message: String
    /// A stable identifier such as `ENOENT` or `ERR_INVALID_ARG_TYPE`.
    public var code: String?
    /// For system errors: libuv's negative error number, as Node reports it.
    public var errno: Int32?
    /// For system errors: the system call that failed (`stat`, `open`).
    public var syscall: String?
    /// For file-system errors: the path involved.
    public var path: String?
    /// For file-system errors with two paths (`rename`, `copyFile`, `link`): the second one.
    public var dest: String?
    /// For name-resolution errors (`dns.lookup`): the name that was looked up.
    public var hostname: String?
    /// Where the error was made: the `#fileID` of the `NodeError(...)` call. An uncaught error
    /// is printed with it (`at Hello/main.swift:12`), where Node prints the first line of its
    /// stack. Not part of equality: two errors with the same fields are the same error.
    public let fileID: StaticString
    /// The line of the `NodeError(...)` call; see ``fileID``.
    public let line: UInt

    /// An error as `new Error(message)` makes it, or with another `name` (`"TypeError"`) and
    /// Node's `code` (`"ERR_INVALID_ARG_TYPE"`). `fileID` and `line` record where it was made.
    public init(
        _ message: String, name: String = "Error", code: String? = nil,
        fileID: StaticString = #fileID, line: UInt = #line
    ) {
        self.name = name
        self.message = message
        self.code = code
        self.fileID = fileID
        self.line = line
    }

    /// Whether the two errors have the same fields; where they were made does not count.
    public static func == (lhs: NodeError, rhs: NodeError) -> Bool {
        lhs.name == rhs.name && lhs.message == rhs.message && lhs.code == rhs.code && lhs.errno == rhs.errno
            && lhs.syscall == rhs.syscall && lhs.path == rhs.path && lhs.dest == rhs.dest && lhs.hostname == rhs.hostname
    }

    /// `Error: message`, or `Error [CODE]: message` for Node's coded argument errors.
    public var description: String {
        if let code, code.hasPrefix("ERR_") { return "\(name) [\(code)]: \(message)" }
        return "\(name): \(message)"
    }
}
