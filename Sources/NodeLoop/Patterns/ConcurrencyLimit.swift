/// Runs asynchronous functions with at most a fixed number in flight at once, the rest waiting
/// in order: what the p-limit package gives Node programs.
///
/// Call the limit with a function that starts the work and returns its promise; the function is
/// started when a slot is free, and the returned promise settles as the work does. Work runs on
/// the loop (it is I/O-bound work that returns promises); for CPU-bound work, start it with
/// `threadPool.run` or a `WorkerPool` inside the function.
///
/// ```swift
/// let limit = try ConcurrencyLimit(2)
/// let pages = urls.map { url in limit { fetch(url) } }   // two fetches at a time
/// Promise.all(pages).then { console.log($0.count, "pages") }
/// ```
public final class ConcurrencyLimit {
    /// The most functions in flight at once.
    public let concurrency: Int
    /// How many started functions have not settled yet.
    public private(set) var activeCount = 0
    /// The thread of the loop it is used on; every method checks it.
    private let owner = OwnerThread()
    private var queue = RingBuffer<() -> Void>()

    /// - Parameter concurrency: At least 1.
    /// - Throws: `RangeError [ERR_OUT_OF_RANGE]` for a concurrency below 1.
    public init(_ concurrency: Int) throws {
        try Self.checkConcurrency(concurrency)
        self.concurrency = concurrency
    }

    /// Node's `ERR_OUT_OF_RANGE` for a concurrency below 1, which every pattern refuses.
    static func checkConcurrency(_ concurrency: Int, name: String = "concurrency") throws {
        guard concurrency >= 1 else { throw NodeError.outOfRange(name, mustBe: ">= 1", received: Int64(concurrency)) }
    }

    /// How many functions wait for a slot.
    public var pendingCount: Int {
        owner.check("ConcurrencyLimit.pendingCount")
        return queue.count
    }

    /// Starts `work` when a slot is free; the promise settles with its outcome. A throw from
    /// `work` rejects the promise.
    @discardableResult
    public func callAsFunction<Value>(_ work: @escaping () throws -> Promise<Value>) -> Promise<Value> {
        owner.check("ConcurrencyLimit.callAsFunction")
        let (promise, resolve, reject) = Promise<Value>.withResolvers()
        // The queued function holds the limit, so a limit whose caller let go of it still
        // finishes its work, as a JavaScript closure would keep it.
        queue.append { [self] in
            activeCount += 1
            Promise<Value>.attempt { try work() }.forward("ConcurrencyLimit", to: resolve, reject, after: finished)
        }
        startWaiting()
        return promise
    }

    /// Drops the functions still waiting; their promises never settle (as p-limit's).
    public func clearQueue() {
        owner.check("ConcurrencyLimit.clearQueue()")
        queue.removeAll()
    }

    private func finished() {
        activeCount -= 1
        startWaiting()
    }

    private func startWaiting() {
        while activeCount < concurrency, let next = queue.popFirst() {
            next()
        }
    }
}

@available(*, unavailable, message: "a ConcurrencyLimit belongs to the loop it is used on")
extension ConcurrencyLimit: Sendable {}
