/// Node's `timers/promises.setInterval`: an interval timer read with `for try await`.
///
/// Each iteration waits for the next tick and yields `value`. Ticks that come while the loop
/// body is still busy are not lost: the following iterations yield at once, one per missed
/// tick, as in Node. The timer starts when iteration starts and is cleared when iteration ends
/// (a `break`, a throw, or the iterator going away). Aborting `signal` clears it and makes the
/// pending or next iteration throw an ``AbortError``.
///
/// Iterate it on the loop that created it, from an async function running there:
///
/// ```swift
/// Promise { () async throws in
///     var count = 0
///     for try await _ in timers.promises.setInterval(100) {
///         count += 1
///         console.log("tick", count)
///         if count == 3 { break }
///     }
/// }
/// ```
public struct IntervalSequence<Value>: AsyncSequence {
    public typealias Element = Value

    private let delay: Double
    private let value: Value
    private let signal: AbortSignal?
    private let ref: Bool
    private let loop: EventLoop

    init(delay: Double, value: Value, signal: AbortSignal?, ref: Bool) {
        self.delay = delay
        self.value = value
        self.signal = signal
        self.ref = ref
        loop = EventLoop.current
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(ticker: IntervalTicker(delay: delay, value: value, signal: signal, ref: ref, loop: loop))
    }

    /// Yields the sequence's value once per tick of its interval.
    public struct AsyncIterator: AsyncIteratorProtocol {
        let ticker: IntervalTicker<Value>

        public mutating func next() async throws -> Value? {
            try await ticker.next()
        }
    }
}

extension TimersPromises {
    /// An interval of `delay` milliseconds as an `AsyncSequence` that yields `value` on every
    /// tick; see ``IntervalSequence``. With `ref: false` the timer does not keep the run alive.
    public func setInterval<Value>(
        _ delay: Double, _ value: Value, signal: AbortSignal? = nil, ref: Bool = true
    ) -> IntervalSequence<Value> {
        IntervalSequence(delay: delay, value: value, signal: signal, ref: ref)
    }

    /// An interval of `delay` milliseconds as an `AsyncSequence` of `Void`, one per tick.
    public func setInterval(_ delay: Double = 1, signal: AbortSignal? = nil, ref: Bool = true) -> IntervalSequence<Void> {
        setInterval(delay, (), signal: signal, ref: ref)
    }
}

/// The state behind one iteration of an ``IntervalSequence``: the timer, the ticks not yet
/// yielded, and the promise an iteration waiting for a tick awaits.
final class IntervalTicker<Value> {
    private let delay: Double
    private let value: Value
    private let signal: AbortSignal?
    private let ref: Bool
    private let loop: EventLoop
    private var interval: Timeout?
    private var abortListener: ListenerID?
    private var notYielded = 0
    private var waiting: (resolve: PromiseResolver<Void>, reject: PromiseRejecter)?
    private var isFinished = false

    init(delay: Double, value: Value, signal: AbortSignal?, ref: Bool, loop: EventLoop) {
        self.delay = delay
        self.value = value
        self.signal = signal
        self.ref = ref
        self.loop = loop
    }

    deinit {
        finish()
    }

    func next() async throws -> Value? {
        loop.owner.check("iterating timers.promises.setInterval")
        if isFinished { return nil }
        if let signal, signal.aborted {
            finish()
            throw AbortError(cause: signal.reason)
        }
        if interval == nil { start() }
        if notYielded == 0 {
            let (tick, resolve, reject) = Promise<Void>.withResolvers()
            waiting = (resolve, reject)
            do {
                try await tick.value
            } catch {
                finish()
                throw error
            }
        }
        notYielded -= 1
        return value
    }

    private func start() {
        let interval = NodeLoop.setInterval(delay) { [weak self] in self?.tick() }
        if !ref { interval.unref() }
        self.interval = interval
        abortListener = signal?.addEventListener(.abort, once: true) { [weak self] in self?.abort() }
    }

    private func tick() {
        notYielded += 1
        if let waiting {
            self.waiting = nil
            waiting.resolve(())
        }
    }

    private func abort() {
        clearInterval(interval)
        if let waiting {
            self.waiting = nil
            waiting.reject(AbortError(cause: signal?.reason))
        }
    }

    /// Clears the timer and the abort listener; later iterations end.
    private func finish() {
        isFinished = true
        clearInterval(interval)
        interval = nil
        if let signal, let abortListener {
            signal.removeEventListener(.abort, abortListener)
            self.abortListener = nil
        }
    }
}
