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
    /// For socket errors: the address (or pipe path) the call was about.
    public var address: String?
    /// For socket errors: the port the call was about.
    public var port: Int?

    /// An error as `new Error(message)` makes it, or with another `name` (`"TypeError"`) and
    /// Node's `code` (`"ERR_INVALID_ARG_TYPE"`).
    public init(_ message: String, name: String = "Error", code: String? = nil) {
        self.name = name
        self.message = message
        self.code = code
    }

    /// `Error: message`, or `Error [CODE]: message` for Node's coded argument errors.
    public var description: String {
        if let code, code.hasPrefix("ERR_") { return "\(name) [\(code)]: \(message)" }
        return "\(name): \(message)"
    }
}
