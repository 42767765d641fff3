/// Why `exec` or `execFile` failed, in the shape of Node's error for each case. Every one
/// carries the command (`cmd`) and what the child wrote before it failed.
///
/// | case | `name` | `message` | fields |
/// |---|---|---|---|
/// | non-zero exit or a signal | `Error` | `Command failed: <cmd>\n<stderr>` | ``exitCode``, ``killed``, ``signal`` |
/// | output past `maxBuffer` | `RangeError` | `stdout maxBuffer length exceeded` | ``code`` `ERR_CHILD_PROCESS_STDIO_MAXBUFFER` |
/// | aborted through `signal` | `AbortError` | `The operation was aborted` | ``code`` `ABORT_ERR`, ``cause`` |
/// | program not started | `Error` | `spawn <file> ENOENT` | ``code``, ``errno``, ``syscall``, ``path``, ``spawnargs`` |
///
/// ```swift
/// try childProcess.exec("exit 2") { error, stdout, stderr in
///     console.log(error?.exitCode, error?.message)   // 2 Command failed: exit 2
/// }
/// ```
public struct ExecError: NodeStyleError, CustomStringConvertible {
    /// Node's class name: `Error`, `RangeError` or `AbortError` (see the table above).
    public let name: String
    /// Node's message for the case, word for word.
    public let message: String
    /// Node's string code: `ENOENT`, `ERR_CHILD_PROCESS_STDIO_MAXBUFFER` or `ABORT_ERR`; nil
    /// for a command that failed, whose number is ``exitCode``.
    public private(set) var code: String?
    /// The exit code of a command that failed (Node's numeric `code`); nil when a signal ended
    /// it, and for the other cases.
    public private(set) var exitCode: Int32?
    /// Whether `exec` ended the child itself (its `timeout` or `maxBuffer`) or `kill` did.
    public private(set) var killed = false
    /// The signal that ended the child, for a command that failed.
    public private(set) var signal: String?
    /// The command as Node shows it: the file and its arguments joined by spaces, or the
    /// command given to `exec`.
    public internal(set) var cmd = ""
    /// What the child wrote to its stdout, up to `maxBuffer` bytes.
    public internal(set) var stdout = ""
    /// What the child wrote to its stderr, up to `maxBuffer` bytes.
    public internal(set) var stderr = ""
    /// For a program that could not start: libuv's negative error number.
    public private(set) var errno: Int32?
    /// For a program that could not start: `spawn <file>`.
    public private(set) var syscall: String?
    /// For a program that could not start: the file.
    public private(set) var path: String?
    /// For a program that could not start: its arguments.
    public private(set) var spawnargs: [String]?
    /// For an abort: the signal's reason.
    public private(set) var cause: (any Error)?

    private init(name: String, message: String) {
        self.name = name
        self.message = message
    }

    /// `Error: Command failed: ...`, or `RangeError [ERR_CHILD_PROCESS_STDIO_MAXBUFFER]: ...`.
    public var description: String {
        if let code, code.hasPrefix("ERR_") { return "\(name) [\(code)]: \(message)" }
        return "\(name): \(message)"
    }

    /// Node's error for a child that exited with a code other than 0 or died of a signal.
    static func commandFailed(_ cmd: String, stderr: String, exit: ChildExit, killed: Bool) -> ExecError {
        var error = ExecError(name: "Error", message: "Command failed: \(cmd)\n\(stderr)")
        error.exitCode = exit.code
        error.killed = killed
        error.signal = exit.signal
        return error
    }

    /// Node's `ERR_CHILD_PROCESS_STDIO_MAXBUFFER` for `stream` (`"stdout"` or `"stderr"`).
    static func maxBufferExceeded(_ stream: String) -> ExecError {
        var error = ExecError(name: "RangeError", message: "\(stream) maxBuffer length exceeded")
        error.code = "ERR_CHILD_PROCESS_STDIO_MAXBUFFER"
        return error
    }

    /// The child's `error` event with Node's extra fields: an abort (Node's `AbortError`, its
    /// cause the signal's reason), or a program that could not start (its system error, and
    /// `spawnargs`).
    init(childError: any Error, args: [String]) {
        self.init(name: childError.name, message: childError.message)
        if let abort = childError as? AbortError {
            code = abort.code
            cause = abort.cause
        } else if let system = childError as? NodeError {
            code = system.code
            errno = system.errno
            syscall = system.syscall
            path = system.path
            spawnargs = args
        }
    }
}
