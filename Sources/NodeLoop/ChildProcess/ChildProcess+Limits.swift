// Node's spawn options `timeout` and `signal`: two ways to end a child from outside, both with
// the `killSignal`. Each is dropped once the child has exited, so that neither keeps the loop
// alive or signals a process id that may belong to someone else by then.

extension ChildProcess {
    /// Sends `killSignal` after `timeout` milliseconds (0 for never) and when `signal` aborts;
    /// an abort that reaches the child also emits `error` with Node's `AbortError`.
    func limit(timeout: Int, signal: AbortSignal?, killSignal: Int32) {
        if timeout > 0 {
            let timer = setTimeout(Double(timeout)) { [self] in
                do { try kill(killSignal) } catch { try emit(.error, error) }
            }
            once(.exit) { _ in clearTimeout(timer) }
        }
        guard let signal else { return }
        if signal.aborted {
            EventLoop.current.nextTick { [self] in try abort(killSignal, reason: signal.reason) }
            return
        }
        let listener = signal.addEventListener(.abort, once: true) { [self] in try abort(killSignal, reason: signal.reason) }
        once(.exit) { [weak signal] _ in signal?.removeEventListener(.abort, listener) }
    }

    /// As Node's: the abort is an error only if the child could still be signalled.
    private func abort(_ killSignal: Int32, reason: (any Error)?) throws {
        guard try kill(killSignal) else { return }
        try emit(.error, AbortError(cause: reason))
    }
}
