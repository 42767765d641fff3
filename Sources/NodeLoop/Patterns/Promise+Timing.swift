// Timing helpers on promises: a delay, a time limit, and retries with backoff.

extension Promise where Value == Void {
    /// A promise fulfilled after `milliseconds` (`timers.promises.setTimeout` under a name
    /// Node programs give it).
    public static func delay(_ milliseconds: Double, signal: AbortSignal? = nil) -> Promise<Void> {
        timers.promises.setTimeout(milliseconds, signal: signal)
    }
}

extension Promise {
    /// The promise `work` returns, or a promise rejected with what it throws: how every
    /// pattern here starts a task, so that a throwing task fails like a rejecting one.
    static func attempt(_ work: () throws -> Promise<Value>) -> Promise<Value> {
        do {
            return try work()
        } catch {
            return Promise.reject(error)
        }
    }

    /// Settles another promise (through its `resolve` and `reject`) as this one settles, one
    /// job later, after running `first`: how a pattern hands a task's outcome to its caller
    /// once it has freed the task's slot. `api` names the pattern in the thread check.
    func forward(
        _ api: StaticString,
        to resolve: PromiseResolver<Value>,
        _ reject: PromiseRejecter,
        after first: @escaping () -> Void = {}
    ) {
        addReaction(
            api,
            onFulfilled: { value in
                first()
                resolve(value)
            },
            onRejected: { error in
                first()
                reject(error)
            }
        )
    }

    /// This promise's outcome if it settles within `milliseconds`; otherwise a rejection with a
    /// `TimeoutError` (`Promise timed out after 50 milliseconds`, as the p-timeout package
    /// words it). The timer is cleared as soon as either happens; the work itself goes on, since
    /// a promise cannot be cancelled.
    public func timeout(_ milliseconds: Double, message: String? = nil) -> Promise<Value> {
        let (limited, resolve, reject) = Promise<Value>.withResolvers()
        let timer = setTimeout(milliseconds) {
            reject(NodeError(message ?? "Promise timed out after \(jsNumberString(milliseconds)) milliseconds", name: "TimeoutError"))
        }
        addReaction(
            "Promise.timeout",
            onFulfilled: { value in
                clearTimeout(timer)
                resolve(value)
            },
            onRejected: { error in
                clearTimeout(timer)
                reject(error)
            }
        )
        return limited
    }

    /// Runs `operation` until its promise fulfils, waiting longer before each new attempt
    /// (exponential backoff, as the retry package computes it), and rejects with the last error
    /// once `options.retries` retries have failed or `options.shouldRetry` says to stop.
    ///
    /// ```swift
    /// Promise.retry(RetryOptions(retries: 5, minTimeout: 100)) { attempt in
    ///     fetchStatus(attempt: attempt)
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - options: How many retries, and the backoff between them.
    ///   - operation: Called with the attempt number, from 1.
    public static func retry(_ options: RetryOptions = RetryOptions(), _ operation: @escaping (Int) throws -> Promise<Value>) -> Promise<Value> {
        let (result, resolve, reject) = Promise<Value>.withResolvers()
        func attempt(_ number: Int) {
            let started = Promise<Value>.attempt { try operation(number) }
            started.addReaction(
                "Promise.retry",
                onFulfilled: { value in resolve(value) },
                onRejected: { error in
                    guard number <= options.retries, options.shouldRetry?(error, number) ?? true else {
                        reject(error)
                        return
                    }
                    setTimeout(options.delay(beforeRetry: number)) { attempt(number + 1) }
                }
            )
        }
        attempt(1)
        return result
    }
}

/// How ``Promise/retry(_:_:)`` retries: how many times, and how long it waits before each retry.
public struct RetryOptions: Sendable {
    /// Retries after the first attempt (so at most `retries + 1` attempts).
    public var retries: Int
    /// How much longer each wait is than the one before.
    public var factor: Double
    /// The first wait, in milliseconds.
    public var minTimeout: Double
    /// The longest wait, in milliseconds.
    public var maxTimeout: Double
    /// Multiplies each wait by a random factor between 1 and 2 (jitter).
    public var randomize: Bool
    /// Decides, from the error and the attempt number, whether to retry; nil retries always.
    public var shouldRetry: (@Sendable (any Error, Int) -> Bool)?

    public init(
        retries: Int = 10, factor: Double = 2, minTimeout: Double = 1_000, maxTimeout: Double = .infinity,
        randomize: Bool = false, shouldRetry: (@Sendable (any Error, Int) -> Bool)? = nil
    ) {
        self.retries = retries
        self.factor = factor
        self.minTimeout = minTimeout
        self.maxTimeout = maxTimeout
        self.randomize = randomize
        self.shouldRetry = shouldRetry
    }

    /// The wait before retry number `retry` (from 1): `minTimeout * factor^(retry - 1)`, times a
    /// random 1...2 with `randomize`, at most `maxTimeout`.
    public func delay(beforeRetry retry: Int) -> Double {
        let jitter = randomize ? Double.random(in: 1...2) : 1
        var wait = minTimeout * jitter
        for _ in 1..<max(retry, 1) { wait *= factor }
        return min(wait.rounded(), maxTimeout)
    }
}
