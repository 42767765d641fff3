/// Node's `timers` module, for its `promises` namespace.
public let timers = TimersModule()

/// The type of ``timers``.
public struct TimersModule: Sendable {
    /// Node's `timers/promises`: timers as promises, cancellable through an ``AbortSignal``.
    public var promises: TimersPromises { TimersPromises() }
}

/// Promise forms of `setTimeout` and `setImmediate` (Node's `timers/promises`).
///
/// ```swift
/// timers.promises.setTimeout(50, "done").then { console.log($0) }
/// ```
public struct TimersPromises: Sendable {
    /// A promise fulfilled with `value` after `delay` milliseconds. Aborting `signal` clears
    /// the timer and rejects with an ``AbortError`` whose cause is the signal's reason; with
    /// `ref: false` the timer does not keep the run alive.
    public func setTimeout<Value>(_ delay: Double, _ value: Value, signal: AbortSignal? = nil, ref: Bool = true) -> Promise<Value> {
        schedule(signal: signal) { resolve in
            let timeout = NodeLoop.setTimeout(delay) { resolve(value) }
            if !ref { timeout.unref() }
            return { clearTimeout(timeout) }
        }
    }

    /// A `Promise<Void>` fulfilled after `delay` milliseconds.
    public func setTimeout(_ delay: Double = 1, signal: AbortSignal? = nil, ref: Bool = true) -> Promise<Void> {
        setTimeout(delay, (), signal: signal, ref: ref)
    }

    /// A promise fulfilled with `value` in the loop's next check phase.
    public func setImmediate<Value>(_ value: Value, signal: AbortSignal? = nil, ref: Bool = true) -> Promise<Value> {
        schedule(signal: signal) { resolve in
            let immediate = NodeLoop.setImmediate { resolve(value) }
            if !ref { immediate.unref() }
            return { clearImmediate(immediate) }
        }
    }

    /// A `Promise<Void>` fulfilled in the loop's next check phase.
    public func setImmediate(signal: AbortSignal? = nil, ref: Bool = true) -> Promise<Void> {
        setImmediate((), signal: signal, ref: ref)
    }

    /// Node's shape for a cancellable timer promise: rejected at once if the signal has already
    /// aborted; otherwise the timer is started, an abort clears it and rejects, and the listener
    /// is removed in a `finally` once the promise settles (which costs Node's extra jobs too).
    private func schedule<Value>(
        signal: AbortSignal?,
        start: (PromiseResolver<Value>) -> () -> Void
    ) -> Promise<Value> {
        if let signal, signal.aborted {
            return Promise.reject(AbortError(cause: signal.reason))
        }
        var listener: ListenerID?
        let promise = Promise<Value> { resolve, reject in
            let cancel = start(resolve)
            listener = signal?.addEventListener(.abort) { [unowned signal] in
                cancel()
                reject(AbortError(cause: signal?.reason))
            }
        }
        guard let signal, let listener else { return promise }
        return promise.finally { signal.removeEventListener(.abort, listener) }
    }
}
