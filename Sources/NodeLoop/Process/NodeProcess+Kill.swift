import CLibUV
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension NodeProcess {
    /// Sends the signal called `signal` to the process `pid` (Node's `process.kill`); despite
    /// the name, most signals only end a process that has no listener for them.
    ///
    /// ```swift
    /// try process.kill(process.pid, "SIGUSR2")
    /// ```
    ///
    /// - Parameter signal: the name as written (`"SIGTERM"`; unlike a child's `kill`, Node does
    ///   not upper-case it here).
    /// - Returns: true (Node's value); a failure throws.
    /// - Throws: Node's `TypeError [ERR_UNKNOWN_SIGNAL]` for a name that is no signal, and a
    ///   system error with `syscall` `kill` when the call fails (`kill ESRCH` when there is no
    ///   such process, `kill EPERM` when it is not ours to signal).
    @discardableResult
    public func kill(_ pid: Int32, _ signal: String = "SIGTERM") throws -> Bool {
        try send(try Signals.number(named: signal, ignoringCase: false), to: pid)
    }

    /// Sends signal number `signal` to the process `pid`; `0` sends nothing and only tests that
    /// the process exists and may be signalled.
    ///
    /// - Returns: true (Node's value); a failure throws.
    /// - Throws: a system error with `syscall` `kill`: `kill EINVAL` for a number that is no
    ///   signal (Node leaves that check to the system), `kill ESRCH` when there is no such
    ///   process.
    @discardableResult
    public func kill(_ pid: Int32, _ signal: Int32) throws -> Bool {
        try send(signal, to: pid)
    }

    private func send(_ signal: Int32, to pid: Int32) throws -> Bool {
        // The signal may end this very process before `kill` returns, and console output waits
        // in the C library's buffer (see `writeLine`), where Node's would already be written.
        fflush(nil)
        let status = uv_kill(pid, signal)
        guard status == 0 else { throw NodeError.errno(status, syscall: "kill") }
        return true
    }
}
