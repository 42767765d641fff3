import CLibUV
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The libuv signal handles behind `process`'s signal events, one per signal event with
/// listeners, as Node keeps them:
///
///   first listener added ──▶ handle opened, started and unref'd (the default action is off)
///   last listener gone   ──▶ handle stopped and closed (the default action is back)
///
/// ``ProcessState`` tells it after every change to a signal event's listeners, including the
/// removal of `once` listeners by an emit and the loop's closing, which removes them all.
final class ProcessSignals {
    /// One open signal handle and the event it emits.
    private struct Watch {
        let event: String
        let handle: LoopHandle
    }

    /// Unchecked: the loop owns this object and outlives it.
    private unowned(unsafe) let loop: EventLoop
    private var watches: [Watch] = []

    init(loop: EventLoop) {
        self.loop = loop
    }

    /// Opens or closes the handle of `event` so that it is open exactly while the event has
    /// listeners; does nothing for an event that is no signal.
    func listenersChanged(_ event: String, count: Int) {
        let index = watches.firstIndex { $0.event == event }
        switch (index, count > 0) {
        case (nil, true):
            // As in Node, a worker's `process` hears no signals: they are the main thread's.
            guard loop.workerContext == nil, event.hasPrefix("SIG"), let number = try? Signals.number(named: event) else { return }
            watches.append(Watch(event: event, handle: open(event, number)))
        case (let index?, false):
            close(watches.remove(at: index))
        default:
            break
        }
    }

    /// Closes every handle: the loop is closing, and its listeners are gone.
    func closeAll() {
        let closing = watches
        watches.removeAll()
        closing.forEach(close)
    }

    private func open(_ event: String, _ number: Int32) -> LoopHandle {
        let handle = LoopHandle.make(uv_signal_t.self, loop: loop, owner: SignalEventName(event)) { uv_signal_init($0, $1) }
        let status = uv_signal_start(handle.pointer(as: uv_signal_t.self), { signal, number in
            let handle = LoopHandle.of(signal)
            guard let event = handle.owner(as: SignalEventName.self)?.name else { return }
            let loop = handle.loop
            loop.invoke { try loop.processState.emit(ProcessEvent<(String, Int32)>(event), (event, number)) }
        }, number)
        // ProcessEvent.signal refuses the signals libuv cannot watch (SIGKILL, SIGSTOP).
        precondition(status == 0, "NodeLoop: uv_signal_start(\(event)) failed: \(uvErrorName(status))")
        handle.unref()
        unblock(number)
        return handle
    }

    /// Clears the calling thread's signal mask, as Node does at start-up: a parent may have
    /// started this process with signals blocked (a parent spawning it from a thread that blocks
    /// them passes its mask on), and a blocked signal neither ends the process nor reaches a
    /// listener. Threads the process starts later inherit the cleared mask.
    static func clearInheritedMask() {
        var none = sigset_t()
        sigemptyset(&none)
        pthread_sigmask(SIG_SETMASK, &none, nil)
    }

    /// Lets `number` reach this thread: a loop on a thread that did not start in
    /// ``clearInheritedMask()`` (a test's, a host's) may have it blocked, and a blocked signal
    /// would stay pending instead of reaching the listener.
    private func unblock(_ number: Int32) {
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, number)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }

    private func close(_ watch: Watch) {
        let number = watch.handle.pointer(as: uv_signal_t.self).pointee.signum
        watch.handle.close()
        // Closing gave the signal its default action back; SIGPIPE's must stay "ignore", or a
        // write to a closed socket would end the process (see `sigpipeIgnored`).
        if number == SIGPIPE { signal(SIGPIPE, SIG_IGN) }
    }
}

/// The event a signal handle emits: the handle's owner, so that the C callback finds it.
private final class SignalEventName {
    let name: String

    init(_ name: String) { self.name = name }
}
