/// Maps `items` through `transform` with at most `concurrency` in flight, keeping input order:
/// the everyday batch job (fetch 500 URLs, ten at a time), with the options it usually needs.
///
/// Every item gets an ``MapOutcome`` at its index: its value, or the error it ended with. With
/// `stopOnFirstError`, the first failure stops the items not yet started (they end as
/// ``MapLimitError/notStarted``); the ones running finish. `progress` is called after each item
/// with the counts so far. A `concurrency` below 1 rejects with `RangeError [ERR_OUT_OF_RANGE]`.
///
/// `transform` runs on the loop and returns the promise of each item's I/O; for CPU-bound items
/// use ``mapLimit(_:concurrency:options:onThreadPool:)``, which runs each on the thread pool.
///
/// ```swift
/// mapLimit(urls, concurrency: 10, options: MapLimitOptions(timeout: 5_000, retry: RetryOptions(retries: 2))) { url, _ in
///     fetch(url)
/// }.then { outcomes in console.log(outcomes.filter(\.isSuccess).count, "fetched") }
/// ```
public func mapLimit<Item, Value>(
    _ items: [Item],
    concurrency: Int,
    options: MapLimitOptions = MapLimitOptions(),
    _ transform: @escaping (Item, Int) throws -> Promise<Value>
) -> Promise<[MapOutcome<Value>]> {
    let limit: ConcurrencyLimit
    do { limit = try ConcurrencyLimit(concurrency) } catch { return Promise.reject(error) }
    var completed = 0
    var failed = 0
    var stopped = false
    let attempts: [Promise<MapOutcome<Value>>] = items.enumerated().map { index, item in
        limit { () -> Promise<Value> in
            if stopped { return Promise.reject(MapLimitError.notStarted) }
            let run = { (_: Int) throws -> Promise<Value> in
                let started = try transform(item, index)
                return options.timeout.map { started.timeout($0) } ?? started
            }
            if let retry = options.retry { return Promise.retry(retry, run) }
            return try run(1)
        }.then(
            { value -> MapOutcome<Value> in
                completed += 1
                options.progress?(MapProgress(completed: completed, failed: failed, total: items.count))
                return .success(value)
            },
            { error -> MapOutcome<Value> in
                if case MapLimitError.notStarted? = error as? MapLimitError {
                    return .failure(error)
                }
                failed += 1
                if options.stopOnFirstError { stopped = true }
                options.progress?(MapProgress(completed: completed, failed: failed, total: items.count))
                return .failure(error)
            }
        )
    }
    return Promise.all(attempts)
}

/// Options of ``mapLimit(_:concurrency:options:_:)``.
public struct MapLimitOptions {
    /// A time limit per attempt, in milliseconds.
    public var timeout: Double?
    /// Retries per item, with backoff.
    public var retry: RetryOptions?
    /// Stops starting items after the first failure.
    public var stopOnFirstError: Bool
    /// Called on the loop after each item finishes.
    public var progress: ((MapProgress) -> Void)?

    /// Options with no time limit, no retries, going on after failures and no progress calls
    /// unless given.
    public init(timeout: Double? = nil, retry: RetryOptions? = nil, stopOnFirstError: Bool = false, progress: ((MapProgress) -> Void)? = nil) {
        self.timeout = timeout
        self.retry = retry
        self.stopOnFirstError = stopOnFirstError
        self.progress = progress
    }
}

/// How far a ``mapLimit(_:concurrency:options:_:)`` run has got.
public struct MapProgress: Sendable, Equatable {
    /// Items that succeeded so far.
    public let completed: Int
    /// Items that failed so far (after their retries).
    public let failed: Int
    /// All the items.
    public let total: Int
}

/// One item's outcome in ``mapLimit(_:concurrency:options:_:)``.
public enum MapOutcome<Value> {
    /// The item's value.
    case success(Value)
    /// The error the item ended with, or ``MapLimitError/notStarted``.
    case failure(any Error)

    /// Whether the item succeeded.
    public var isSuccess: Bool {
        if case .success = self { return true }
        return false
    }

    /// The value, or nil after a failure.
    public var value: Value? {
        if case .success(let value) = self { return value }
        return nil
    }

    /// The error, or nil after a success.
    public var error: (any Error)? {
        if case .failure(let error) = self { return error }
        return nil
    }
}

/// Why ``mapLimit(_:concurrency:options:_:)`` gave an item no value of its own.
public enum MapLimitError: Error, Sendable, Equatable {
    /// The item was never started: an earlier item failed with `stopOnFirstError` set.
    case notStarted
}
