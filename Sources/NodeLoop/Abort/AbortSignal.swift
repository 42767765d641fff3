/// Tells operations that they should stop (Node's `AbortSignal`). Aborted once, for good.
public final class AbortSignal {
    /// The events an `AbortSignal` dispatches.
    public enum Event: Sendable {
        /// The signal was aborted.
        case abort
    }

    /// Strong, so that a signal kept after its loop closed fails safely instead of crashing.
    let loop: EventLoop
    /// Whether the signal has been aborted.
    public private(set) var aborted = false
    /// Why it was aborted; nil until then.
    public private(set) var reason: (any Error)?

    private struct Listener {
        let id: Int
        let once: Bool
        let call: () throws -> Void
    }

    private var listeners: [Listener] = []
    private var nextListenerId = 0
    private var onabortHandler: (() throws -> Void)?
    private var hasOnabortSlot = false

    init(loop: EventLoop) {
        self.loop = loop
    }

    /// The `onabort` handler. Like any event handler attribute it runs in the position among the
    /// listeners where it was first set. An aborted signal keeps no handler: `onabort` reads nil
    /// once the signal has aborted (Node keeps it), so that a handler that captures its signal is
    /// freed.
    public var onabort: (() throws -> Void)? {
        get {
            loop.owner.check("AbortSignal.onabort")
            return onabortHandler
        }
        set {
            loop.owner.check("AbortSignal.onabort")
            guard !aborted else { return }
            onabortHandler = newValue
            guard !hasOnabortSlot else { return }
            hasOnabortSlot = true
            addEventListener(.abort) { [unowned self] in try self.onabortHandler?() }
        }
    }

    /// Throws the signal's reason if it has been aborted.
    public func throwIfAborted() throws {
        loop.owner.check("AbortSignal.throwIfAborted()")
        if aborted, let reason { throw reason }
    }

    /// Adds an `abort` listener; with `once`, it is removed before its first call. A signal
    /// already aborted never dispatches `abort` again, so it does not keep the listener.
    @discardableResult
    public func addEventListener(_ event: Event, once: Bool = false, _ listener: @escaping () throws -> Void) -> ListenerID {
        loop.owner.check("AbortSignal.addEventListener")
        nextListenerId += 1
        if !aborted { listeners.append(Listener(id: nextListenerId, once: once, call: listener)) }
        return ListenerID(value: nextListenerId)
    }

    /// Removes the listener `id`.
    public func removeEventListener(_ event: Event, _ id: ListenerID) {
        loop.owner.check("AbortSignal.removeEventListener")
        listeners.removeAll { $0.id == id.value }
    }

    /// Aborts with `reason` and dispatches `abort`. A listener that throws is reported as an
    /// uncaught exception and the others still run, as with any DOM event.
    func abort(_ reason: any Error) {
        guard !aborted else { return }
        aborted = true
        self.reason = reason
        let snapshot = listeners
        listeners.removeAll { $0.once }
        for listener in snapshot {
            do { try listener.call() } catch { loop.handleUncaught(error) }
        }
        // `abort` is dispatched once: no listener or handler can run again, and one that
        // captures its signal must not keep the two alive (docs/architecture.md, "Lifetime").
        listeners.removeAll()
        onabortHandler = nil
    }

    // MARK: - Ready-made signals

    /// A signal already aborted with `reason` (by default a `DOMException` `AbortError`).
    public static func abort(_ reason: (any Error)? = nil) -> AbortSignal {
        let signal = AbortSignal(loop: EventLoop.current)
        signal.abort(reason ?? DOMException.aborted)
        return signal
    }

    /// A signal that aborts with a `DOMException` `TimeoutError` after `milliseconds`. Its
    /// timer does not keep the run alive, as in Node.
    public static func timeout(_ milliseconds: Double) -> AbortSignal {
        let signal = AbortSignal(loop: EventLoop.current)
        setTimeout(milliseconds) { [weak signal] in signal?.abort(DOMException.timedOut) }.unref()
        return signal
    }

    /// A signal that aborts as soon as any of `signals` does, with that signal's reason.
    public static func any(_ signals: [AbortSignal]) -> AbortSignal {
        let combined = AbortSignal(loop: EventLoop.current)
        if let first = signals.first(where: \.aborted) {
            combined.abort(first.reason ?? DOMException.aborted)
            return combined
        }
        for source in signals {
            source.addEventListener(.abort, once: true) { [weak combined, unowned source] in
                combined?.abort(source.reason ?? DOMException.aborted)
            }
        }
        return combined
    }
}

@available(*, unavailable, message: "an AbortSignal belongs to the loop that created it")
extension AbortSignal: Sendable {}
