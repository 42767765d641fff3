/// Node's `child_process` module for the calling thread's loop.
///
/// ```swift
/// childProcess.execFile("git", ["rev-parse", "HEAD"]).then { output in console.log(output.stdout) }
/// ```
public let childProcess = ChildProcessModule()

/// The type of ``childProcess``.
public struct ChildProcessModule: Sendable {
    /// How the child's stdout and stderr are connected.
    public enum Output: Sendable {
        /// Readable as `child.stdout` and `child.stderr` (Node's `'pipe'`, the default).
        case pipe
        /// The parent's own stdout and stderr (Node's `'inherit'`).
        case inherit
        /// Discarded (Node's `'ignore'`).
        case ignore
    }

    /// Starts `command` with `args` (Node's `spawn`); a program that cannot be started gives
    /// an `error` event (`spawn <command> ENOENT`) and then `close`, as in Node. stdin is not
    /// connected.
    ///
    /// - Throws: Node's argument error for a NUL byte in the command, an argument or `cwd`.
    public func spawn(_ command: String, _ args: [String] = [], cwd: String? = nil, env: [String: String]? = nil, output: Output = .pipe) throws -> ChildProcess {
        let named = [("file", command)] + args.enumerated().map({ ("args[\($0.offset)]", $0.element) }) + (cwd.map({ [("options.cwd", $0)] }) ?? [])
        for (name, value) in named where value.utf8.contains(0) {
            throw NodeError.invalidArgumentValue(name, value, reason: "must be a string without null bytes")
        }
        let loop = EventLoop.current
        let child = ChildProcess(loop: loop, pipeOutput: output == .pipe)
        child.spawn(file: command, args: args, cwd: cwd, env: env, inheritOutput: output == .inherit)
        return child
    }

    /// Runs `file` with `args` and fulfils with everything it wrote once it has exited (Node's
    /// promisified `execFile`). A non-zero exit or a signal rejects with an ``ExecError``
    /// carrying the code, the signal and both outputs; so does a program that cannot start.
    public func execFile(_ file: String, _ args: [String] = [], cwd: String? = nil, env: [String: String]? = nil) -> Promise<ExecOutput> {
        let (promise, resolve, reject) = Promise<ExecOutput>.withResolvers()
        let child: ChildProcess
        do {
            child = try spawn(file, args, cwd: cwd, env: env)
        } catch {
            return Promise.reject(error)
        }
        var stdout: [UInt8] = []
        var stderr: [UInt8] = []
        var spawnError: (any Error)?
        child.stdout?.on(.data) { stdout += $0.bytes }
        child.stderr?.on(.data) { stderr += $0.bytes }
        child.on(.error) { spawnError = $0 }
        child.on(.close) { status in
            let output = ExecOutput(stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
            if let spawnError {
                reject(spawnError)
            } else if status.code == 0 {
                resolve(output)
            } else {
                let command = ([file] + args).joined(separator: " ")
                reject(ExecError(command: command, code: status.code, signal: status.signal, stdout: output.stdout, stderr: output.stderr))
            }
        }
        return promise
    }

    /// Runs `command` through `/bin/sh -c` (Node's promisified `exec`).
    public func exec(_ command: String, cwd: String? = nil, env: [String: String]? = nil) -> Promise<ExecOutput> {
        execFile("/bin/sh", ["-c", command], cwd: cwd, env: env)
    }
}

/// What a child wrote, as text.
public struct ExecOutput: Sendable, Equatable {
    public let stdout: String
    public let stderr: String
}

/// A child that exited with a non-zero code or was ended by a signal: Node's `Command failed`
/// error, with the code, the signal and both outputs.
public struct ExecError: NodeStyleError, Sendable {
    public let command: String
    public let code: Int32?
    public let signal: String?
    public let stdout: String
    public let stderr: String

    public var name: String { "Error" }
    public var message: String { "Command failed: \(command)\n\(stderr)" }
}
