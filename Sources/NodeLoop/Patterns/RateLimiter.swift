/// Lets at most `limit` operations start per `interval` milliseconds, serving the callers that
/// had to wait in the order they came: for APIs with a request quota.
///
/// Two ways of counting:
/// - ``Strategy/slidingWindow``: never more than `limit` starts in any span of `interval`
///   milliseconds;
/// - ``Strategy/tokenBucket``: a bucket of `limit` tokens refilled steadily over `interval`; a
///   full bucket allows a burst of `limit` at once, so two bursts can fall within one interval.
///
/// The limiter only decides when each call starts, on the loop; the work is whatever promise
/// the call returns (I/O on the loop, or `threadPool.run` for CPU-bound work).
///
/// ```swift
/// let limiter = try RateLimiter(limit: 5, interval: 1_000)    // 5 requests a second
/// for id in ids { limiter { fetchUser(id) }.then { console.log($0) } }
/// ```
public final class RateLimiter {
    /// How starts are counted.
    public enum Strategy: Sendable {
        /// Never more than `limit` starts in any span of `interval` milliseconds.
        case slidingWindow
        /// `limit` tokens refilled steadily over `interval`: a burst, then the steady rate.
        case tokenBucket
    }

    /// Starts allowed per interval.
    public let limit: Int
    /// The window (or the time to refill the whole bucket), in milliseconds.
    public let interval: Double
    /// How starts are counted.
    public let strategy: Strategy

    /// The thread of the loop it is used on; every method checks it.
    private let owner = OwnerThread()
    private var waiting = RingBuffer<() -> Void>()
    /// Sliding window: the start times within the last interval, oldest first.
    private var recentStarts: [Double] = []
    /// Token bucket: tokens left, as of `refilledAt`.
    private var tokens: Double
    private var refilledAt: Double
    private var wakeUp: Timeout?

    /// - Parameters:
    ///   - limit: Starts allowed per interval, at least 1.
    ///   - interval: In milliseconds, more than 0.
    ///   - strategy: How starts are counted: a sliding window or a token bucket.
    /// - Throws: `RangeError [ERR_OUT_OF_RANGE]` for a limit below 1 or an interval that is not
    ///   above 0.
    public init(limit: Int, interval: Double, strategy: Strategy = .slidingWindow) throws {
        try ConcurrencyLimit.checkConcurrency(limit, name: "limit")
        guard interval > 0 else {
            throw NodeError(
                "The value of \"interval\" is out of range. It must be > 0. Received \(jsNumberString(interval))",
                name: "RangeError", code: "ERR_OUT_OF_RANGE"
            )
        }
        self.limit = limit
        self.interval = interval
        self.strategy = strategy
        tokens = Double(limit)
        refilledAt = performance.now()
    }

    /// Callers waiting for their turn.
    public var queued: Int {
        owner.check("RateLimiter.queued")
        return waiting.count
    }

    /// Starts `work` when the rate allows, after every caller that came before; the promise
    /// settles with its outcome.
    @discardableResult
    public func callAsFunction<Value>(_ work: @escaping () throws -> Promise<Value>) -> Promise<Value> {
        owner.check("RateLimiter.callAsFunction")
        let (promise, resolve, reject) = Promise<Value>.withResolvers()
        waiting.append {
            Promise<Value>.attempt { try work() }.forward("RateLimiter", to: resolve, reject)
        }
        serve()
        return promise
    }

    /// Starts every waiting caller the rate allows now, then sleeps until the next is allowed.
    private func serve() {
        guard wakeUp == nil else { return }
        while !waiting.isEmpty {
            let wait = waitBeforeNextStart(now: performance.now())
            guard wait <= 0 else {
                // The loop's timers are whole milliseconds; waiting one more is never too early.
                wakeUp = setTimeout((wait + 1).rounded(.down)) { [self] in
                    wakeUp = nil
                    serve()
                }
                return
            }
            recordStart(now: performance.now())
            waiting.popFirst()?()
        }
    }

    private func waitBeforeNextStart(now: Double) -> Double {
        switch strategy {
        case .slidingWindow:
            recentStarts.removeAll { now - $0 >= interval }
            guard recentStarts.count >= limit, let oldest = recentStarts.first else { return 0 }
            return oldest + interval - now
        case .tokenBucket:
            refill(now: now)
            return tokens >= 1 ? 0 : (1 - tokens) * interval / Double(limit)
        }
    }

    private func recordStart(now: Double) {
        switch strategy {
        case .slidingWindow: recentStarts.append(now)
        case .tokenBucket: tokens -= 1
        }
    }

    private func refill(now: Double) {
        tokens = min(Double(limit), tokens + (now - refilledAt) * Double(limit) / interval)
        refilledAt = now
    }
}

@available(*, unavailable, message: "a RateLimiter belongs to the loop it is used on")
extension RateLimiter: Sendable {}
