/// Node's `child_process` module for the calling thread's loop.
///
/// ```swift
/// childProcess.execFile("git", ["rev-parse", "HEAD"]).then { output in console.log(output.stdout) }
/// ```
public let childProcess = ChildProcessModule()

/// The type of ``childProcess``.
public struct ChildProcessModule: Sendable {
    /// How the child's stdin, stdout and stderr are connected (Node's `stdio` option).
    ///
    /// ```swift
    /// let make = try childProcess.spawn("make", stdio: .inherit)
    /// let count = try childProcess.spawn("wc", ["-l"], stdio: .init(stdin: .pipe, stdout: .inherit, stderr: .inherit))
    /// ```
    public struct Stdio: Sendable, Equatable {
        /// How one of the three streams is connected.
        public enum Mode: Sendable, Equatable {
            /// A pipe: `child.stdin` to write, `child.stdout` and `child.stderr` to read
            /// (Node's `'pipe'`, the default).
            case pipe
            /// The parent's own stream (Node's `'inherit'`).
            case inherit
            /// Connected to nothing: `/dev/null` (Node's `'ignore'`).
            case ignore
        }

        /// How the child's standard input is connected.
        public var stdin: Mode
        /// How the child's standard output is connected.
        public var stdout: Mode
        /// How the child's standard error is connected.
        public var stderr: Mode

        /// Each stream connected as given; piped when not given (Node's `['pipe', 'pipe', 'pipe']`).
        public init(stdin: Mode = .pipe, stdout: Mode = .pipe, stderr: Mode = .pipe) {
            self.stdin = stdin
            self.stdout = stdout
            self.stderr = stderr
        }

        /// All three piped (Node's `stdio: 'pipe'`).
        public static let pipe = Stdio()
        /// All three inherited (Node's `stdio: 'inherit'`).
        public static let inherit = Stdio(stdin: .inherit, stdout: .inherit, stderr: .inherit)
        /// All three ignored (Node's `stdio: 'ignore'`).
        public static let ignore = Stdio(stdin: .ignore, stdout: .ignore, stderr: .ignore)
    }

    /// Starts `command` with `args` (Node's `spawn`); a program that cannot be started gives
    /// an `error` event (`spawn <command> ENOENT`) and then `close`, as in Node.
    ///
    /// ```swift
    /// let sort = try childProcess.spawn("sort")
    /// sort.stdout?.on(.data) { chunk in console.log(try chunk.toString()) }
    /// sort.stdin?.end("pear\napple\n")
    /// ```
    ///
    /// - Parameters:
    ///   - command: The program to run, found through `PATH` unless it holds a `/`.
    ///   - args: Its arguments, passed as they are, with no shell.
    ///   - cwd: The child's working directory; the parent's when nil.
    ///   - env: The child's whole environment; the parent's when nil.
    ///   - stdio: How its stdin, stdout and stderr are connected; all piped by default.
    ///   - signal: Aborting it sends the child `killSignal` and emits `error` with an
    ///     `AbortError` (`ABORT_ERR`), as Node's `signal` option does.
    ///   - timeout: Milliseconds after which the child is sent `killSignal`; 0 for never.
    ///   - killSignal: The signal `signal` and `timeout` send (`"SIGTERM"`).
    /// - Throws: Node's argument error for a NUL byte in the command, an argument or `cwd`,
    ///   `ERR_OUT_OF_RANGE` for a negative timeout, `ERR_UNKNOWN_SIGNAL` for a bad kill signal.
    public func spawn(
        _ command: String,
        _ args: [String] = [],
        cwd: String? = nil,
        env: [String: String]? = nil,
        stdio: Stdio = .pipe,
        signal: AbortSignal? = nil,
        timeout: Int = 0,
        killSignal: String = "SIGTERM"
    ) throws -> ChildProcess {
        let named = [("file", command)] + args.enumerated().map({ ("args[\($0.offset)]", $0.element) }) + (cwd.map({ [("options.cwd", $0)] }) ?? [])
        for (name, value) in named where value.utf8.contains(0) {
            throw NodeError.invalidArgumentValue(name, value, reason: "must be a string without null bytes")
        }
        try Self.validate(timeout: timeout)
        let killNumber = try Signals.number(named: killSignal)
        let loop = EventLoop.current
        let child = ChildProcess(loop: loop, file: command, args: args, stdio: stdio)
        child.spawn(cwd: cwd, env: env)
        child.limit(timeout: timeout, signal: signal, killSignal: killNumber)
        return child
    }

    /// Node's check of a `timeout` option.
    static func validate(timeout: Int) throws {
        guard timeout >= 0 else {
            throw NodeError.outOfRange("timeout", mustBe: "an unsigned integer", received: Int64(timeout))
        }
    }
}
