/// The options of `exec` and `execFile`, with Node's names and defaults.
///
/// ```swift
/// childProcess.exec("make test", ExecOptions(timeout: 60_000, maxBuffer: 10 * 1024 * 1024))
///     .then { output in console.log(output.stdout) }
/// ```
public struct ExecOptions {
    /// The child's working directory; the parent's when nil.
    public var cwd: String?
    /// The child's whole environment; the parent's when nil.
    public var env: [String: String]?
    /// Milliseconds after which the child is sent ``killSignal``; 0 (the default) for never.
    public var timeout: Int
    /// The most bytes kept of stdout, and of stderr: one more kills the child and fails with
    /// `ERR_CHILD_PROCESS_STDIO_MAXBUFFER` (Node's default, 1 MiB).
    public var maxBuffer: Int
    /// The signal that ends the child on a timeout or an overflow (`"SIGTERM"`).
    public var killSignal: String
    /// Aborting it sends the child `SIGTERM` (whatever ``killSignal`` is, as in Node) and fails
    /// with an `AbortError` at once.
    public var signal: AbortSignal?

    /// Options with Node's defaults for whatever is not given.
    public init(
        cwd: String? = nil,
        env: [String: String]? = nil,
        timeout: Int = 0,
        maxBuffer: Int = 1024 * 1024,
        killSignal: String = "SIGTERM",
        signal: AbortSignal? = nil
    ) {
        self.cwd = cwd
        self.env = env
        self.timeout = timeout
        self.maxBuffer = maxBuffer
        self.killSignal = killSignal
        self.signal = signal
    }
}

@available(*, unavailable, message: "ExecOptions may hold an AbortSignal, which belongs to its loop")
extension ExecOptions: Sendable {}

/// What a child wrote, as text.
public struct ExecOutput: Sendable, Equatable {
    /// Everything the child wrote to its stdout, decoded as UTF-8.
    public let stdout: String
    /// Everything the child wrote to its stderr, decoded as UTF-8.
    public let stderr: String
}

extension ChildProcessModule {
    /// The callback of `execFile` and `exec`: the error (nil on success), then both outputs.
    public typealias ExecCallback = (ExecError?, String, String) throws -> Void

    /// Runs `file` with `args`, collects what it writes and calls `callback` once it has
    /// closed (Node's `execFile` with a callback). A non-zero exit, a signal, a timeout, too
    /// much output, an abort and a program that cannot start each give an ``ExecError``.
    ///
    /// ```swift
    /// try childProcess.execFile("ls", ["-l"]) { error, stdout, stderr in console.log(stdout) }
    /// ```
    ///
    /// - Returns: the child, as Node's does.
    /// - Throws: Node's errors for an unknown `killSignal`, a negative `timeout` or
    ///   `maxBuffer`, or a NUL byte in the file, an argument or `cwd`.
    @discardableResult
    public func execFile(_ file: String, _ args: [String] = [], _ options: ExecOptions = ExecOptions(), _ callback: @escaping ExecCallback) throws -> ChildProcess {
        try run(file, args, shown: ([file] + args).joined(separator: " "), options, callback)
    }

    /// Runs `command` through `/bin/sh -c` (Node's `exec` with a callback); see
    /// ``execFile(_:_:_:_:)``. The error's `cmd` is the command.
    @discardableResult
    public func exec(_ command: String, _ options: ExecOptions = ExecOptions(), _ callback: @escaping ExecCallback) throws -> ChildProcess {
        try run("/bin/sh", ["-c", command], shown: command, options, callback)
    }

    /// Runs `file` with `args` and fulfils with everything it wrote once it has closed (Node's
    /// promisified `execFile`); rejects with an ``ExecError`` where the callback form gets one,
    /// and with the thrown error where it throws.
    ///
    /// ```swift
    /// let output = try await childProcess.execFile("git", ["rev-parse", "HEAD"]).value
    /// ```
    public func execFile(_ file: String, _ args: [String] = [], _ options: ExecOptions = ExecOptions()) -> Promise<ExecOutput> {
        promised { try execFile(file, args, options, $0) }
    }

    /// Runs `command` through `/bin/sh -c` (Node's promisified `exec`); see
    /// ``execFile(_:_:_:)``.
    ///
    /// ```swift
    /// childProcess.exec("ls | wc -l").then { output in console.log(output.stdout) }
    /// ```
    public func exec(_ command: String, _ options: ExecOptions = ExecOptions()) -> Promise<ExecOutput> {
        promised { try exec(command, options, $0) }
    }

    /// What Node's `util.promisify` makes of the callback form: a throw becomes a rejection.
    private func promised(_ start: (@escaping ExecCallback) throws -> ChildProcess) -> Promise<ExecOutput> {
        let (promise, resolve, reject) = Promise<ExecOutput>.withResolvers()
        do {
            _ = try start { error, stdout, stderr in
                if let error {
                    reject(error)
                } else {
                    resolve(ExecOutput(stdout: stdout, stderr: stderr))
                }
            }
        } catch {
            reject(error)
        }
        return promise
    }

    private func run(_ file: String, _ args: [String], shown: String, _ options: ExecOptions, _ callback: @escaping ExecCallback) throws -> ChildProcess {
        // Node checks the options, in this order, before it spawns anything.
        try Self.validate(timeout: options.timeout)
        guard options.maxBuffer >= 0 else {
            throw NodeError.outOfRange("options.maxBuffer", mustBe: "a positive number", received: Int64(options.maxBuffer))
        }
        let killSignal = try Signals.number(named: options.killSignal)
        // As Node's execFile: the abort signal goes to spawn, which sends its default SIGTERM
        // on an abort; `killSignal` is for the timeout and the overflow.
        let child = try spawn(file, args, cwd: options.cwd, env: options.env, signal: options.signal)
        ExecRun(child: child, args: args, shown: shown, options: options, killSignal: killSignal, callback: callback).start()
        return child
    }
}
