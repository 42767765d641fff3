import CLibUV
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A running (or finished) child process, as Node's `ChildProcess`: events `spawn`, `exit`
/// (code or signal), `close` (after `exit` and after its output streams have ended) and `error`
/// (the program could not be started, with Node's `spawn <file> ENOENT` error, or the `signal`
/// given to `spawn` aborted, with Node's `AbortError`).
///
/// ```swift
/// let child = try childProcess.spawn("ls", ["-l"])
/// child.stdout?.on(.data) { chunk in console.log(try chunk.toString()) }
/// child.on(.close) { status in console.log("exit code", status.code) }
/// ```
///
/// A child holds itself alive until it has closed: drop every reference and its events still
/// come. Once `close` has been emitted it forgets its listeners, so a listener that captures
/// the child does not keep it alive. It belongs to the loop that spawned it. Closing that loop
/// while the child still runs does not wait for it: the loop lets go of the child's pipes and
/// process handle and the child runs on, as a child does when Node exits.
public final class ChildProcess: EventEmitter {
    /// The child's process id, once spawned.
    public private(set) var pid: Int32?
    /// The program as given to `spawn` (Node's `spawnfile`).
    public let spawnfile: String
    /// The program and its arguments, the child's whole `argv` (Node's `spawnargs`).
    public let spawnargs: [String]
    /// The exit code, once exited normally; libuv's negative error number when the program
    /// could not start (`-2` for ENOENT), as in Node.
    public private(set) var exitCode: Int32?
    /// The signal that ended the child, if one did (`"SIGTERM"`).
    public private(set) var signalCode: String?
    /// Whether ``kill(_:)-(String)`` has delivered a signal to the child (not whether the
    /// child died of it), as Node's `killed`.
    public private(set) var killed = false
    /// The child's standard input, when piped.
    public let stdin: ChildInputStream?
    /// The child's standard output, when piped.
    public let stdout: ChildOutputStream?
    /// The child's standard error, when piped.
    public let stderr: ChildOutputStream?

    private let loop: EventLoop
    private var process: UnsafeMutablePointer<uv_process_t>?
    private var openParts = 0

    private let stdio: ChildProcessModule.Stdio

    init(loop: EventLoop, file: String, args: [String], stdio: ChildProcessModule.Stdio) {
        self.loop = loop
        self.stdio = stdio
        spawnfile = file
        spawnargs = [file] + args
        stdin = stdio.stdin == .pipe ? ChildInputStream(loop: loop) : nil
        stdout = stdio.stdout == .pipe ? ChildOutputStream(loop: loop) : nil
        stderr = stdio.stderr == .pipe ? ChildOutputStream(loop: loop) : nil
        super.init()
    }

    // MARK: Signals

    /// Sends the signal named `signal` to the child (Node's `kill`, `"SIGTERM"` by default;
    /// the name may be in any case). Sets ``killed`` when the signal is delivered.
    ///
    /// ```swift
    /// try child.kill("SIGKILL")
    /// ```
    ///
    /// - Returns: false if the child has already exited or the signal could not be sent.
    /// - Throws: Node's `TypeError [ERR_UNKNOWN_SIGNAL]: Unknown signal: SIGFOO`.
    @discardableResult
    public func kill(_ signal: String = "SIGTERM") throws -> Bool {
        send(try Signals.number(named: signal))
    }

    /// Sends signal number `signal` (`9`, or `0` to test that the child still runs).
    ///
    /// - Throws: Node's `ERR_UNKNOWN_SIGNAL` for a number that is no signal.
    @discardableResult
    public func kill(_ signal: Int32) throws -> Bool {
        send(try Signals.validated(signal))
    }

    private func send(_ signal: Int32) -> Bool {
        owner.check("ChildProcess.kill")
        // The handle is gone once the child has exited: there is nobody left to signal.
        guard let process else { return false }
        guard uv_process_kill(process, signal) == 0 else { return false }
        killed = true
        return true
    }

    // MARK: Life

    func spawn(cwd: String?, env: [String: String]?) {
        let file = spawnfile
        // libuv learns that a child exited from SIGCHLD, delivered to the loop's thread. A host
        // that started this process with SIGCHLD blocked (some process launchers do) would
        // never see its children exit, so the loop's thread takes the signal.
        var childSignal = sigset_t()
        sigemptyset(&childSignal)
        sigaddset(&childSignal, SIGCHLD)
        pthread_sigmask(SIG_UNBLOCK, &childSignal, nil)
        let argv = spawnargs.map { strdup($0) } + [nil]
        let envp = env.map { $0.map { strdup("\($0.key)=\($0.value)") } + [nil] }
        defer {
            argv.forEach { free($0) }
            envp?.forEach { free($0) }
        }
        if [stdio.stdin, stdio.stdout, stdio.stderr].contains(.inherit) {
            // Node writes its stdout synchronously, so a child sharing it prints after what
            // the parent has printed so far; ours waits in the C library's buffer until now.
            fflush(nil)
        }
        var containers = [uv_stdio_container_t](repeating: uv_stdio_container_t(), count: 3)
        let pipes = [stdin?.pipe, stdout?.pipe, stderr?.pipe]
        for (index, mode) in [stdio.stdin, stdio.stdout, stdio.stderr].enumerated() {
            switch mode {
            case .pipe:
                // The child reads its stdin and writes its stdout and stderr.
                let direction = index == 0 ? UV_READABLE_PIPE.rawValue : UV_WRITABLE_PIPE.rawValue
                containers[index].flags = uv_stdio_flags(UV_CREATE_PIPE.rawValue | direction)
                containers[index].data.stream = UnsafeMutableRawPointer(pipes[index]!).assumingMemoryBound(to: uv_stream_t.self)
            case .inherit:
                containers[index].flags = UV_INHERIT_FD
                containers[index].data.fd = Int32(index)
            case .ignore:
                containers[index].flags = UV_IGNORE
            }
        }
        let handle = UnsafeMutablePointer<uv_process_t>.allocate(capacity: 1)
        var argvPointers = argv
        var envPointers = envp
        let status: Int32 = file.withCString { cFile in
            containers.withUnsafeMutableBufferPointer { stdioBuffer in
                argvPointers.withUnsafeMutableBufferPointer { argvBuffer in
                    func spawn(_ environment: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
                        var options = uv_process_options_t()
                        options.file = cFile
                        options.args = argvBuffer.baseAddress
                        options.env = environment
                        options.stdio_count = 3
                        options.stdio = stdioBuffer.baseAddress
                        options.exit_cb = { process, status, signal in
                            guard let process else { return }
                            let child = Unmanaged<ChildProcess>.fromOpaque(process.pointee.data).takeUnretainedValue()
                            child.exited(status: status, signal: signal)
                        }
                        if let cwd {
                            return cwd.withCString { cCwd in
                                options.cwd = cCwd
                                return uv_spawn(loop.uvLoop, handle, &options)
                            }
                        }
                        return uv_spawn(loop.uvLoop, handle, &options)
                    }
                    if envPointers == nil { return spawn(nil) }
                    return envPointers!.withUnsafeMutableBufferPointer { spawn($0.baseAddress) }
                }
            }
        }
        handle.pointee.data = Unmanaged.passRetained(self).toOpaque()
        process = handle
        if status < 0 {
            // As in Node: `error` and then `close` with the negative errno, from the next turn.
            var error = NodeError("spawn \(file) \(uvErrorName(status))", code: uvErrorName(status))
            error.errno = status
            error.syscall = "spawn \(file)"
            error.path = file
            exitCode = status
            stdin?.destroy()
            stdout?.close()
            stderr?.close()
            closeProcessHandle()
            loop.nextTick { [self] in
                defer { releaseListeners() }
                try emit(.error, error)
                try emit(.close, ChildExit(code: status, signal: nil))
            }
            return
        }
        pid = handle.pointee.pid
        // libuv's loop would wait for the child's exit and its pipes' end before it could close;
        // a loop that closes first lets go of them instead (see `abandon`).
        let running = LoopBound(self, loop: loop)
        _ = loop.executor.addCloseHandler(ObjectIdentifier(self)) { running.value.abandon() }
        openParts = 1 + [stdout, stderr].compactMap({ $0 }).count
        for stream in [stdout, stderr].compactMap({ $0 }) {
            // Held strongly: a child nobody references still reports `close` (the stream drops
            // this closure once it has run).
            stream.startReading { [self] in loop.invoke { try self.partClosed() } }
        }
        // Node emits `spawn` on the next tick, before anything the loop does next.
        loop.nextTick { [self] in try emit(.spawn) }
    }

    private func exited(status: Int64, signal: Int32) {
        if signal != 0 {
            signalCode = Signals.name(of: signal)
        } else {
            exitCode = Int32(truncatingIfNeeded: status)
        }
        // As Node does: the child reads nothing more, so writes to it fail from now on.
        stdin?.destroy()
        let exit = ChildExit(code: exitCode, signal: signalCode)
        closeProcessHandle()
        // As in Node, `close` follows `exit` in the same callback when the output has ended.
        // Output nobody listened to flows from the next tick on, so that it ends (Node's
        // `flushStdio`); an `exit` listener can still start reading it before then.
        loop.invoke {
            try self.emit(.exit, exit)
            self.loop.nextTick { [self] in
                stdout?.resume()
                stderr?.resume()
            }
            try self.partClosed()
        }
    }

    /// The loop is closing while the child runs: closes the pipes and the process handle without
    /// waiting for the child, which goes on running, as Node leaves its children when it exits.
    /// No event is emitted: the loop runs no more callbacks.
    private func abandon() {
        stdin?.destroy()
        stdout?.close()
        stderr?.close()
        closeProcessHandle()
    }

    private func closeProcessHandle() {
        guard let process else { return }
        self.process = nil
        loop.executor.removeCloseHandler(ObjectIdentifier(self))
        process.withMemoryRebound(to: uv_handle_t.self, capacity: 1) { handle in
            uv_close(handle) { handle in
                guard let handle else { return }
                Unmanaged<ChildProcess>.fromOpaque(handle.pointee.data).release()
                handle.withMemoryRebound(to: uv_process_t.self, capacity: 1) { $0.deallocate() }
            }
        }
    }

    /// `close` comes once the process has exited and its output streams have ended. It is the
    /// child's last event: its listeners go after it.
    private func partClosed() throws {
        openParts -= 1
        guard openParts == 0 else { return }
        defer { releaseListeners() }
        try emit(.close, ChildExit(code: exitCode, signal: signalCode))
    }
}

/// How a child process ended: its exit code, or the signal that ended it.
public struct ChildExit: Sendable, Equatable {
    /// The exit code (nil when a signal ended the child); negative libuv error number when the
    /// child could not start, as Node's `close` reports it.
    public let code: Int32?
    /// The name of the signal that ended the child (`"SIGKILL"`), or nil.
    public let signal: String?
}

extension EventName where Payload == ChildExit {
    /// The child exited (Node's `'exit'`, with code and signal).
    public static var exit: Self { Self("exit") }
    /// The child exited and its output streams ended (Node's `'close'`).
    public static var close: Self { Self("close") }
}

extension EventName where Payload == Void {
    /// The child has started.
    public static var spawn: Self { Self("spawn") }
}

@available(*, unavailable, message: "a ChildProcess belongs to the loop that spawned it")
extension ChildProcess: Sendable {}
