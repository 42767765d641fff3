// The CPU-bound forms of the patterns: the same bounds, ordering and failure rules, with each
// item's work run on libuv's thread pool instead of the loop, so the loop stays free for timers
// and I/O while it runs.

/// Maps `items` through the synchronous `transform` on the thread pool, at most `concurrency` at
/// once, keeping input order: ``mapLimit(_:concurrency:options:_:)`` for CPU-bound work (hashing,
/// parsing, compressing). Every option behaves as there; a `timeout` rejects the item but cannot
/// stop a pool thread, so the work itself finishes and its result is dropped.
///
/// ```swift
/// mapLimit(files, onThreadPool: { path in try checksum(of: path) })
///     .then { outcomes in console.log(outcomes.count, "checksums") }
/// ```
///
/// - Parameters:
///   - items: The inputs, in the order the results keep.
///   - concurrency: Defaults to the pool's size; more only makes items wait inside the pool.
///   - options: As ``mapLimit(_:concurrency:options:_:)``'s.
///   - transform: The work for one item, run on a pool thread.
public func mapLimit<Item: Sendable, Value: Sendable>(
    _ items: [Item],
    concurrency: Int = threadPool.size,
    options: MapLimitOptions = MapLimitOptions(),
    onThreadPool transform: @escaping @Sendable (Item) throws -> Value
) -> Promise<[MapOutcome<Value>]> {
    mapLimit(items, concurrency: concurrency, options: options) { item, _ in
        threadPool.run { try transform(item) }
    }
}

/// Maps every item on the thread pool with at most `concurrency` in flight, then folds the
/// results on the loop in input order: ``mapReduce(_:concurrency:map:initial:reduce:)`` for a
/// CPU-bound map step.
///
/// ```swift
/// mapReduce(chunks, mapOnThreadPool: { countWords(in: $0) }, initial: 0, reduce: +)
/// ```
public func mapReduce<Item: Sendable, Mapped: Sendable, Result>(
    _ items: [Item],
    concurrency: Int = threadPool.size,
    mapOnThreadPool transform: @escaping @Sendable (Item) throws -> Mapped,
    initial: Result,
    reduce combine: @escaping (Result, Mapped) throws -> Result
) -> Promise<Result> {
    mapReduce(items, concurrency: concurrency, map: { item in threadPool.run { try transform(item) } }, initial: initial, reduce: combine)
}

extension Pipeline where Output: Sendable {
    /// Adds a stage whose synchronous `transform` runs on the thread pool, at most `concurrency`
    /// at once: a CPU-bound step (parsing, compressing) between I/O-bound ones.
    ///
    /// ```swift
    /// Pipeline(paths)
    ///     .stage("read", concurrency: 8) { fs.promises.readFile($0) }
    ///     .stage("compress", concurrency: 4, onThreadPool: { compress($0) })
    /// ```
    public func stage<Next: Sendable>(
        _ name: String, concurrency: Int = threadPool.size, onThreadPool transform: @escaping @Sendable (Output) throws -> Next
    ) -> Pipeline<Input, Next> {
        stage(name, concurrency: concurrency) { value in threadPool.run { try transform(value) } }
    }
}
