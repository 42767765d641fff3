import CLibUV
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Starting a child: libuv's options in C strings, the stdio containers (the piped ones hold
// the stdio sockets' pipe handles, initialised before uv_spawn), the process handle, and what
// follows uv_spawn whether or not the child started.

extension ChildProcess {
    func spawn(cwd: String?, env: [String: String]?) {
        // libuv learns that a child exited from SIGCHLD, delivered to the loop's thread. A host
        // that started this process with SIGCHLD blocked (some process launchers do) would
        // never see its children exit, so the loop's thread takes the signal.
        var childSignal = sigset_t()
        sigemptyset(&childSignal)
        sigaddset(&childSignal, SIGCHLD)
        pthread_sigmask(SIG_UNBLOCK, &childSignal, nil)
        if [stdio.stdin, stdio.stdout, stdio.stderr].contains(.inherit) {
            // Node writes its stdout synchronously, so a child sharing it prints after what
            // the parent has printed so far; ours waits in the C library's buffer until now.
            fflush(nil)
        }
        let status = startProcess(cwd: cwd, env: env)
        // The child's handles close with the loop; the loop closing is then the child's final
        // state, where it and its sockets must forget their listeners (which capture them).
        let running = LoopBound(self, loop: loop)
        _ = loop.executor.addCloseHandler(ObjectIdentifier(self)) { running.value.forgetListenersAtLoopClose() }
        // Node's `close` waits for the `close` of stdout and stderr, even when the program did
        // not start: libuv opens the pipes before it learns that exec failed, and they end.
        for socket in [stdout, stderr].compactMap({ $0 }) {
            closesNeeded += 1
            // Held strongly: a child nobody references still reports `close` (the socket drops
            // this listener once it has closed).
            socket.on(.close) { [self] in try partClosed() }
        }
        for socket in [stdin, stdout, stderr].compactMap({ $0 }) {
            socket.spawnReturned()
        }
        guard status < 0 else {
            pid = process?.pointer(as: uv_process_t.self).pointee.pid
            // Node emits `spawn` on the next tick, before anything the loop does next.
            loop.nextTick { [self] in try emit(.spawn) }
            return
        }
        // As in Node: `error` (then `close`, once the pipes have closed) from the next tick,
        // with the negative errno as the exit code.
        let name = uvErrorName(status)
        var error = NodeError("spawn \(spawnfile) \(name)", code: name)
        error.errno = status
        error.syscall = "spawn \(spawnfile)"
        error.path = spawnfile
        exitCode = status
        loop.nextTick { [self] in try finishRunning(failure: error) }
    }

    /// Calls `uv_spawn` on a new process handle, which the child holds until the exit; returns
    /// libuv's status. The C strings live until it returns.
    private func startProcess(cwd: String?, env: [String: String]?) -> Int32 {
        let file = CStrings([spawnfile])
        let argv = CStrings(spawnargs)
        let envp = env.map { CStrings($0.map { "\($0.key)=\($0.value)" }) }
        let directory = cwd.map { CStrings([$0]) }
        defer {
            file.deallocate()
            argv.deallocate()
            envp?.deallocate()
            directory?.deallocate()
        }
        var containers = [
            container(stdin, mode: stdio.stdin, fd: 0),
            container(stdout, mode: stdio.stdout, fd: 1),
            container(stderr, mode: stdio.stderr, fd: 2),
        ]
        return containers.withUnsafeMutableBufferPointer { containers in
            var options = uv_process_options_t()
            options.file = UnsafePointer(file.pointer[0])
            options.args = argv.pointer
            options.env = envp?.pointer
            options.cwd = directory.map { UnsafePointer($0.pointer[0]) } ?? nil
            options.stdio_count = Int32(containers.count)
            options.stdio = containers.baseAddress
            options.exit_cb = { process, status, signal in
                LoopHandle.of(process).owner(as: ChildProcess.self)?.exited(status: status, signal: signal)
            }
            var status: Int32 = 0
            process = LoopHandle.make(uv_process_t.self, loop: loop, owner: self, closesWithLoop: true) { uvLoop, handle in
                // uv_spawn initialises the handle whether or not the child starts, so the
                // handle is open (and closes through the one path) either way; the status is
                // the child's.
                status = uv_spawn(uvLoop, handle, &options)
                return 0
            }
            return status
        }
    }

    /// libuv's stdio entry for file descriptor `fd` of the child.
    private func container(_ socket: Socket?, mode: ChildProcessModule.Stdio.Mode, fd: Int32) -> uv_stdio_container_t {
        if let socket { return socket.stdioContainer }
        var container = uv_stdio_container_t()
        if mode == .inherit {
            container.flags = UV_INHERIT_FD
            container.data.fd = fd
        } else {
            container.flags = UV_IGNORE
        }
        return container
    }
}

/// A NULL-terminated C array of C strings (an `argv`), allocated until ``deallocate()``.
private struct CStrings {
    let pointer: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
    private let count: Int

    init(_ strings: [String]) {
        count = strings.count
        pointer = .allocate(capacity: count + 1)
        for (index, string) in strings.enumerated() {
            (pointer + index).initialize(to: strdup(string))
        }
        (pointer + count).initialize(to: nil)
    }

    func deallocate() {
        for index in 0..<count {
            free(pointer[index])
        }
        pointer.deallocate()
    }
}
