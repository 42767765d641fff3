import CLibUV
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Node's `process` object for the calling thread's loop.
///
/// Every member acts on ``EventLoop/current``, so each thread with a loop (the main thread, each
/// worker) has its own exit code and listeners, as each Node worker has its own `process`.
public let process = NodeProcess()

/// The type of ``process``: a stateless view of the calling thread's loop.
public struct NodeProcess: Sendable {
    /// Queues `callback` to run after the current callback, before any promise job or other
    /// macrotask. Ticks queued by ticks run in the same drain, so endless recursion starves I/O.
    public func nextTick(_ callback: consuming @escaping () throws -> Void) {
        EventLoop.current.nextTick(callback)
    }

    /// The code the run ends with when it ends normally; nil means 0.
    public var exitCode: Int32? {
        get { EventLoop.current.processState.exitCode }
        nonmutating set { EventLoop.current.processState.exitCode = newValue }
    }

    /// Ends the run: emits `exit` and runs nothing else, not even the rest of the calling
    /// callback. It throws ``ProcessExit`` to unwind that callback, so call it with `try`.
    ///
    /// - Parameter code: The exit code; nil keeps ``exitCode``.
    public func exit(_ code: Int32? = nil) throws -> Never {
        throw ProcessExit(code: code)
    }

    /// Emits a warning: printed to stderr as Node prints it, and sent to `warning` listeners on
    /// the next tick.
    public func emitWarning(_ message: String, type: String = "Warning", code: String? = nil) {
        EventLoop.current.emitWarning(message, type: type, code: code)
    }

    /// Adds a listener for `event`.
    @discardableResult
    public func on<Payload>(_ event: ProcessEvent<Payload>, _ listener: @escaping (Payload) throws -> Void) -> ListenerID {
        EventLoop.current.processState.add(event, once: false, listener)
    }

    /// Adds a listener that is removed before its first call.
    @discardableResult
    public func once<Payload>(_ event: ProcessEvent<Payload>, _ listener: @escaping (Payload) throws -> Void) -> ListenerID {
        EventLoop.current.processState.add(event, once: true, listener)
    }

    /// Removes the listener `id` from `event`.
    public func off<Payload>(_ event: ProcessEvent<Payload>, _ id: ListenerID) {
        EventLoop.current.processState.remove(event, id)
    }

    /// Removes every listener of `event`.
    public func removeAllListeners<Payload>(_ event: ProcessEvent<Payload>) {
        EventLoop.current.processState.removeAll(event)
    }

    /// How many listeners `event` has.
    public func listenerCount<Payload>(_ event: ProcessEvent<Payload>) -> Int {
        EventLoop.current.processState.listenerCount(event)
    }

    /// What this loop does with a promise rejected with no handler (Node's
    /// `--unhandled-rejections` flag); `.throw` unless `NODELOOP_UNHANDLED_REJECTIONS` says
    /// otherwise.
    public var unhandledRejections: UnhandledRejectionsMode {
        get { EventLoop.current.rejections.mode }
        nonmutating set { EventLoop.current.rejections.mode = newValue }
    }

    /// The id of the operating-system process.
    public var pid: Int32 { currentProcessId() }

    /// High-resolution time: `process.hrtime()` and `process.hrtime.bigint()`.
    public var hrtime: HighResolutionTime { HighResolutionTime() }
}

/// Node's `process.hrtime`: a monotonic clock in nanoseconds, unrelated to the time of day.
public struct HighResolutionTime: Sendable {
    /// `[seconds, nanoseconds]` now, or the time elapsed since `previous` when given.
    public func callAsFunction(_ previous: [Int]? = nil) -> [Int] {
        var now = Int(uv_hrtime())
        if let previous, previous.count == 2 {
            now -= previous[0] * 1_000_000_000 + previous[1]
        }
        return [now / 1_000_000_000, now % 1_000_000_000]
    }

    /// Nanoseconds now (Node's `process.hrtime.bigint()`).
    public func bigint() -> UInt64 {
        uv_hrtime()
    }
}

func currentProcessId() -> Int32 {
    getpid()
}
