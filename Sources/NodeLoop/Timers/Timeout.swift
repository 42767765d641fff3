/// A timer created by ``setTimeout(_:_:)-(Double,_)`` or ``setInterval(_:_:)-(Double,_)``: Node's `Timeout` object.
///
/// Keep it to clear the timer, to let it stop keeping the run alive (``unref()``), or to restart
/// its countdown (``refresh()``). It belongs to the loop that created it.
///
/// Clearing it drops its callback, so a callback that captures its own timer (to clear it)
/// does not keep the two alive. A timeout that has fired without being cleared keeps its
/// callback, because ``refresh()`` runs it again; clear it, or capture it `weak`, to let a
/// callback that captures it go.
///
/// ```swift
/// let poll = setInterval(100) { console.log("still working") }
/// poll.unref()   // do not keep the run alive just for this
/// ```
public final class Timeout {
    /// Strong, so that a timer kept after its loop closed fails safely instead of crashing.
    let loop: EventLoop
    // Loop-confined fields read and written for every timer armed or fired: no runtime
    // exclusivity checks.
    @exclusivity(unchecked) var callback: EventLoop.Job?
    /// The duration this timeout was armed with (ms, after Node's coercion); -1 once cleared.
    @exclusivity(unchecked) var idleTimeout: Double
    /// The interval period for `setInterval`, nil for a one-shot timeout.
    let repeatPeriod: Double?
    // Declared right after the optional, whose padding they fill: stored properties are laid
    // out in order, and this keeps a timeout within a 112-byte allocation instead of 128.
    @exclusivity(unchecked) var isRefed = true
    @exclusivity(unchecked) var isDestroyed = false
    @exclusivity(unchecked) var hasPrimitiveId = false
    /// Loop time (ms) at which the countdown started.
    @exclusivity(unchecked) var idleStart: Int64 = 0
    let asyncId: Int

    // Membership of a TimerList (intrusive links, managed by TimerList).
    @exclusivity(unchecked) unowned(unsafe) var list: TimerList?
    @exclusivity(unchecked) var next: Timeout?
    @exclusivity(unchecked) unowned(unsafe) var previous: Timeout?

    init(loop: consuming EventLoop, delay: Double, repeats: Bool, callback: consuming @escaping EventLoop.Job) {
        self.loop = loop
        self.callback = callback
        let after = TimerDelay.coerce(delay, loop: self.loop)
        idleTimeout = after
        repeatPeriod = repeats ? after : nil
        asyncId = self.loop.timers.nextAsyncId()
    }

    /// Makes the timer keep the run alive again (the default). Returns the timer.
    @discardableResult
    public func ref() -> Timeout {
        loop.owner.check("Timeout.ref()")
        if !isRefed {
            isRefed = true
            if !isDestroyed { loop.timers.incrementRefCount() }
        }
        return self
    }

    /// Lets the run end while this timer is still pending. Returns the timer.
    @discardableResult
    public func unref() -> Timeout {
        loop.owner.check("Timeout.unref()")
        if isRefed {
            isRefed = false
            if !isDestroyed { loop.timers.decrementRefCount() }
        }
        return self
    }

    /// Whether the timer keeps the run alive.
    public func hasRef() -> Bool {
        loop.owner.check("Timeout.hasRef()")
        return isRefed
    }

    /// Restarts the countdown from now with the original duration, even for a timeout that has
    /// already fired (it fires again). A cleared timer runs nothing again; as in Node, one
    /// cleared after it fired still keeps the run alive until its new expiry. Returns the timer.
    @discardableResult
    public func refresh() -> Timeout {
        loop.owner.check("Timeout.refresh()")
        loop.timers.rearm(self)
        return self
    }

    /// Clears the timer, like `clearTimeout(timeout)`. Returns the timer.
    @discardableResult
    public func close() -> Timeout {
        loop.owner.check("Timeout.close()")
        loop.timers.clear(self)
        return self
    }

    /// The timer's numeric id, which ``clearTimeout(_:)-(Int)`` accepts: what `+timeout` gives in
    /// Node. Reading it registers the id.
    public var id: Int {
        loop.owner.check("Timeout.id")
        if !hasPrimitiveId && !isDestroyed {
            hasPrimitiveId = true
            loop.timers.register(self)
        }
        return asyncId
    }
}

@available(*, unavailable, message: "a Timeout belongs to the loop that created it")
extension Timeout: Sendable {}
