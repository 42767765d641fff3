import CLibUV

// How a child runs, as Node's lib/internal/child_process.js orders it
// --------------------------------------------------------------------
//   spawn ─▶ uv_spawn on the process handle (a LoopHandle, which holds the child until the exit)
//         ─▶ 'spawn' on the next tick; stdout and stderr sockets start reading (ChildStdio.swift)
//   exit callback ─▶ stdin destroyed, process handle closed ─▶ 'exit' (code, signal)
//         ─▶ next tick: a stdout or stderr nobody consumes is resumed, so that it ends
//   'close' once the exit and the `close` of every piped stdout and stderr are in, whichever
//   comes last: 'exit' may come before or after the output's end; 'close' comes after both.
//   A program that cannot start: on the next tick the same steps, with 'error' for 'exit'.
//
//   running ──exit (or spawn error)──▶ exited ──stdout, stderr closed──▶ closed: listeners dropped
//      └──the loop closes (the handles close with it, no event)──▶ listeners dropped

/// A running (or finished) child process, as Node's `ChildProcess`: events `spawn`, `exit`
/// (code or signal), `close` (after `exit` and after its stdio streams have closed) and `error`
/// (the program could not be started, with Node's `spawn <file> ENOENT` error, or the `signal`
/// given to `spawn` aborted, with Node's `AbortError`).
///
/// ```swift
/// let child = try childProcess.spawn("ls", ["-l"])
/// child.stdout?.on(.data) { chunk in console.log(try chunk.toString()) }
/// child.on(.close) { status in console.log("exit code", status.code) }
/// ```
///
/// Its piped stdin, stdout and stderr are ``Socket``s, as Node's are `net.Socket`s: streams
/// with the whole stream API (`pipe`, `stream.pipeline`, `for try await chunk in
/// child.stdout!`, back-pressure).
///
/// A child holds itself alive until it has closed: drop every reference and its events still
/// come. Once `close` has been emitted it forgets its listeners, so a listener that captures
/// the child does not keep it alive. It belongs to the loop that spawned it. Closing that loop
/// while the child still runs does not wait for it: the loop closes the child's pipes and
/// process handle and the child runs on, as a child does when Node exits.
public final class ChildProcess: EventEmitter {
    /// The child's process id, once spawned.
    public internal(set) var pid: Int32?
    /// The program as given to `spawn` (Node's `spawnfile`).
    public let spawnfile: String
    /// The program and its arguments, the child's whole `argv` (Node's `spawnargs`).
    public let spawnargs: [String]
    /// The exit code, once exited normally; libuv's negative error number when the program
    /// could not start (`-2` for ENOENT), as in Node.
    public internal(set) var exitCode: Int32?
    /// The signal that ended the child, if one did (`"SIGTERM"`).
    public private(set) var signalCode: String?
    /// Whether ``kill(_:)-(String)`` has delivered a signal to the child (not whether the
    /// child died of it), as Node's `killed`.
    public private(set) var killed = false
    /// The child's standard input, when piped: a socket to write to, with no readable side
    /// (`readable` is false), as Node's `child.stdin`. The child's exit destroys it.
    public let stdin: Socket?
    /// The child's standard output, when piped: a socket to read from, as Node's
    /// `child.stdout`. It starts paused: what the child writes waits (up to the high-water
    /// mark, then the child waits too) for a `data` listener, `read()`, `pipe` or a
    /// `for try await` loop.
    public let stdout: Socket?
    /// The child's standard error, when piped; see ``stdout``.
    public let stderr: Socket?

    let loop: EventLoop
    let stdio: ChildProcessModule.Stdio
    /// The process handle, from `spawn` until the exit; it holds the child meanwhile.
    var process: LoopHandle?
    /// Node's `_closesNeeded` and `_closesGot`: the exit, and the `close` of each piped
    /// stdout and stderr.
    var closesNeeded = 1
    private var closesGot = 0

    init(loop: EventLoop, file: String, args: [String], stdio: ChildProcessModule.Stdio) {
        self.loop = loop
        self.stdio = stdio
        spawnfile = file
        spawnargs = [file] + args
        stdin = stdio.stdin == .pipe ? Socket.childStdio(parentReads: false) : nil
        stdout = stdio.stdout == .pipe ? Socket.childStdio(parentReads: true) : nil
        stderr = stdio.stderr == .pipe ? Socket.childStdio(parentReads: true) : nil
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
    /// - Parameter signal: the signal's name (`"SIGKILL"`, `"sigint"`).
    /// - Returns: false if the child has already exited or the signal could not be sent.
    /// - Throws: Node's `TypeError [ERR_UNKNOWN_SIGNAL]: Unknown signal: SIGFOO`.
    @discardableResult
    public func kill(_ signal: String = "SIGTERM") throws -> Bool {
        send(try Signals.number(named: signal))
    }

    /// Sends signal number `signal` (`9`, or `0` to test that the child still runs).
    ///
    /// - Parameter signal: the signal's number.
    /// - Returns: false if the child has already exited or the signal could not be sent.
    /// - Throws: Node's `ERR_UNKNOWN_SIGNAL` for a number that is no signal.
    @discardableResult
    public func kill(_ signal: Int32) throws -> Bool {
        send(try Signals.validated(signal))
    }

    private func send(_ signal: Int32) -> Bool {
        owner.check("ChildProcess.kill")
        // The handle closes at the exit (or with the loop): there is nobody left to signal.
        guard let process, !process.isClosing else { return false }
        guard uv_process_kill(process.pointer(as: uv_process_t.self), signal) == 0 else { return false }
        killed = true
        return true
    }

    // MARK: The end (Node's `onexit`, `flushStdio` and `maybeClose`)

    /// libuv's exit callback: the child has exited with `status` or died of `signal`.
    func exited(status: Int64, signal: Int32) {
        if signal != 0 {
            signalCode = Signals.name(of: signal)
        } else {
            exitCode = Int32(truncatingIfNeeded: status)
        }
        loop.invoke { try self.finishRunning(failure: nil) }
    }

    /// The child has exited, or `failure` says why it never started: stdin is destroyed (the
    /// child reads nothing more, so writes fail from now on), the process handle closes, and
    /// `exit` (or `error`) is emitted. Output nobody consumed flows from the next tick on, so
    /// that it ends and `close` can come; an `exit` listener can still start reading it first.
    func finishRunning(failure: NodeError?) throws {
        stdin?.destroy()
        process?.close()
        if let failure {
            try emit(.error, failure)
        } else {
            try emit(.exit, ChildExit(code: exitCode, signal: signalCode))
        }
        loop.nextTick { [self] in
            for socket in [stdin, stdout, stderr].compactMap({ $0 })
            where socket.readable && !socket.state.readableListening {
                socket.resume()
            }
        }
        try partClosed()
    }

    /// One of the exit and the stdio sockets' `close` is in. `close` is the child's last
    /// event: its listeners go after it.
    func partClosed() throws {
        closesGot += 1
        guard closesGot == closesNeeded else { return }
        loop.executor.removeCloseHandler(ObjectIdentifier(self))
        defer { releaseListeners() }
        try emit(.close, ChildExit(code: exitCode, signal: signalCode))
    }

    /// The loop is closing while the child runs: its process handle and pipes close with the
    /// loop, without events (the child runs on, as Node leaves its children when it exits), so
    /// the child and its sockets forget their listeners now.
    func forgetListenersAtLoopClose() {
        releaseListeners()
        for socket in [stdin, stdout, stderr].compactMap({ $0 }) {
            socket.releaseStreamCallbacks()
        }
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
    /// The child exited and its stdio streams closed (Node's `'close'`).
    public static var close: Self { Self("close") }
}

extension EventName where Payload == Void {
    /// The child has started.
    public static var spawn: Self { Self("spawn") }
}

@available(*, unavailable, message: "a ChildProcess belongs to the loop that spawned it")
extension ChildProcess: Sendable {}
