import CLibUV
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A running (or finished) child process, as Node's `ChildProcess`: events `spawn`, `exit`
/// (code or signal), `close` (after `exit` and after its output streams have ended) and `error`
/// (the program could not be started, with Node's `spawn <file> ENOENT` error).
///
/// ```swift
/// let child = try childProcess.spawn("ls", ["-l"])
/// child.stdout?.on(.data) { chunk in console.log(try chunk.toString()) }
/// child.on(.close) { status in console.log("exit code", status.code) }
/// ```
public final class ChildProcess: EventEmitter {
    /// The child's process id, once spawned.
    public private(set) var pid: Int32?
    /// The exit code, once exited normally.
    public private(set) var exitCode: Int32?
    /// The signal that ended the child, if one did (`"SIGTERM"`).
    public private(set) var signalCode: String?
    /// The child's standard output, when piped.
    public let stdout: ChildOutputStream?
    /// The child's standard error, when piped.
    public let stderr: ChildOutputStream?

    private let loop: EventLoop
    private var process: UnsafeMutablePointer<uv_process_t>?
    private var openParts = 0

    init(loop: EventLoop, pipeOutput: Bool) {
        self.loop = loop
        stdout = pipeOutput ? ChildOutputStream(loop: loop) : nil
        stderr = pipeOutput ? ChildOutputStream(loop: loop) : nil
        super.init()
    }

    /// Sends `signal` to the child (Node's `kill`, `SIGTERM` by default); false if it has
    /// already exited or the signal could not be sent.
    @discardableResult
    public func kill(_ signal: Int32 = SIGTERM) -> Bool {
        guard let process, exitCode == nil, signalCode == nil else { return false }
        return uv_process_kill(process, signal) == 0
    }

    func spawn(file: String, args: [String], cwd: String?, env: [String: String]?, inheritOutput: Bool) {
        // libuv learns that a child exited from SIGCHLD, delivered to the loop's thread. A host
        // that started this process with SIGCHLD blocked (some process launchers do) would
        // never see its children exit, so the loop's thread takes the signal.
        var childSignal = sigset_t()
        sigemptyset(&childSignal)
        sigaddset(&childSignal, SIGCHLD)
        pthread_sigmask(SIG_UNBLOCK, &childSignal, nil)
        let argv = ([file] + args).map { strdup($0) } + [nil]
        let envp = env.map { $0.map { strdup("\($0.key)=\($0.value)") } + [nil] }
        defer {
            argv.forEach { free($0) }
            envp?.forEach { free($0) }
        }
        var stdio = [uv_stdio_container_t](repeating: uv_stdio_container_t(), count: 3)
        stdio[0].flags = UV_IGNORE
        for (index, stream) in [(1, stdout), (2, stderr)] {
            if let stream {
                stdio[index].flags = uv_stdio_flags(UV_CREATE_PIPE.rawValue | UV_WRITABLE_PIPE.rawValue)
                stdio[index].data.stream = UnsafeMutableRawPointer(stream.pipe).assumingMemoryBound(to: uv_stream_t.self)
            } else if inheritOutput {
                stdio[index].flags = UV_INHERIT_FD
                stdio[index].data.fd = Int32(index)
            } else {
                stdio[index].flags = UV_IGNORE
            }
        }
        let handle = UnsafeMutablePointer<uv_process_t>.allocate(capacity: 1)
        var argvPointers = argv
        var envPointers = envp
        let status: Int32 = file.withCString { cFile in
            stdio.withUnsafeMutableBufferPointer { stdioBuffer in
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
            stdout?.close()
            stderr?.close()
            closeProcessHandle()
            process = nil
            loop.nextTick { [self] in
                try emit(.error, error)
                try emit(.close, ChildExit(code: status, signal: nil))
            }
            return
        }
        pid = handle.pointee.pid
        openParts = 1 + (stdout == nil ? 0 : 2)
        for stream in [stdout, stderr].compactMap({ $0 }) {
            // Held strongly: a child nobody references still reports `close` (the stream drops
            // this closure once it has run).
            stream.startReading { [self] in partClosed() }
        }
        // Node emits `spawn` on the next tick, before anything the loop does next.
        loop.nextTick { [self] in try emit(.spawn) }
    }

    private func exited(status: Int64, signal: Int32) {
        if signal != 0 {
            signalCode = signalName(signal)
        } else {
            exitCode = Int32(truncatingIfNeeded: status)
        }
        let exit = ChildExit(code: exitCode, signal: signalCode)
        loop.invoke { try self.emit(.exit, exit) }
        closeProcessHandle()
        partClosed()
    }

    private func closeProcessHandle() {
        guard let process else { return }
        process.withMemoryRebound(to: uv_handle_t.self, capacity: 1) { handle in
            uv_close(handle) { handle in
                guard let handle else { return }
                Unmanaged<ChildProcess>.fromOpaque(handle.pointee.data).release()
                handle.withMemoryRebound(to: uv_process_t.self, capacity: 1) { $0.deallocate() }
            }
        }
    }

    /// `close` comes once the process has exited and its output streams have ended.
    private func partClosed() {
        openParts -= 1
        guard openParts == 0 else { return }
        let exit = ChildExit(code: exitCode, signal: signalCode)
        loop.invoke { try self.emit(.close, exit) }
    }

    private func signalName(_ signal: Int32) -> String {
        let names: [Int32: String] = [SIGTERM: "SIGTERM", SIGKILL: "SIGKILL", SIGINT: "SIGINT", SIGHUP: "SIGHUP", SIGQUIT: "SIGQUIT", SIGABRT: "SIGABRT", SIGSEGV: "SIGSEGV", SIGPIPE: "SIGPIPE", SIGUSR1: "SIGUSR1", SIGUSR2: "SIGUSR2"]
        return names[signal] ?? "SIG\(signal)"
    }
}

/// How a child process ended: its exit code, or the signal that ended it.
public struct ChildExit: Sendable, Equatable {
    public let code: Int32?
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
