// Small compositions of promises that batch jobs are made of: fixed-size batches, named
// fork-join, and map-reduce.

/// `items` cut into consecutive batches of `size` (the last may be shorter).
///
/// ```swift
/// try batches([1, 2, 3, 4, 5], size: 2)   // [[1, 2], [3, 4], [5]]
/// ```
///
/// - Throws: `RangeError [ERR_OUT_OF_RANGE]` for a size below 1.
public func batches<Item>(_ items: [Item], size: Int) throws -> [[Item]] {
    try ConcurrencyLimit.checkConcurrency(size, name: "size")
    return stride(from: 0, to: items.count, by: size).map { Array(items[$0..<min($0 + size, items.count)]) }
}

/// Starts every named task at once and fulfils with their results under the same names, or
/// rejects with the first failure (a `Promise.all` keyed by name). Each task returns its own
/// promise: I/O on the loop, or `threadPool.run` / a `WorkerPool` for CPU-bound tasks.
///
/// ```swift
/// forkJoin(["user": { fetchUser(id) }, "orders": { fetchOrders(id) }])
///     .then { results in console.log(results["user"]!, results["orders"]!) }
/// ```
public func forkJoin<Value>(_ tasks: [String: () throws -> Promise<Value>]) -> Promise<[String: Value]> {
    let names = tasks.keys.sorted()
    let started = names.map { name -> Promise<Value> in
        do {
            return try tasks[name]?() ?? Promise.reject(NodeError("no task named \(name)"))
        } catch {
            return Promise.reject(error)
        }
    }
    return Promise.all(started).then { values in
        Dictionary(uniqueKeysWithValues: zip(names, values))
    }
}

/// Maps every item with at most `concurrency` in flight, then folds the results in input order
/// into one value; the first failure rejects (as does a `concurrency` below 1, with
/// `RangeError [ERR_OUT_OF_RANGE]`). The map step returns promises from the loop (I/O);
/// ``mapReduce(_:concurrency:mapOnThreadPool:initial:reduce:)`` maps on the thread pool.
///
/// ```swift
/// mapReduce(files, concurrency: 4, map: { fs.promises.stat($0) }, initial: 0) { $0 + $1.size }
/// ```
public func mapReduce<Item, Mapped, Result>(
    _ items: [Item],
    concurrency: Int,
    map transform: @escaping (Item) throws -> Promise<Mapped>,
    initial: Result,
    reduce combine: @escaping (Result, Mapped) throws -> Result
) -> Promise<Result> {
    let limit: ConcurrencyLimit
    do { limit = try ConcurrencyLimit(concurrency) } catch { return Promise.reject(error) }
    let mapped = items.map { item in limit { try transform(item) } }
    return Promise.all(mapped).then { values in try values.reduce(initial, combine) }
}
