/// A queue of asynchronous tasks run with limited concurrency, by priority, that can be paused:
/// what the p-queue package gives Node programs.
///
/// Higher `priority` runs first; equal priorities run in the order added. A task waiting in the
/// queue whose `signal` aborts is removed and rejects with an ``AbortError``; a `timeout`
/// rejects a task that takes too long with a `TimeoutError` (the work itself goes on).
///
/// Tasks run on the loop: each returns the promise of its I/O. For CPU-bound tasks, return
/// `threadPool.run { ... }` or a `WorkerPool`'s `run(task)` from the task.
///
/// ```swift
/// let queue = try PromiseQueue(concurrency: 2)
/// queue.add { download(a) }
/// queue.add(priority: 1) { download(urgent) }
/// queue.onIdle().then { console.log("all done") }
/// ```
public final class PromiseQueue {
    private struct Entry {
        let id: Int
        let priority: Int
        let start: () -> Void
    }

    /// The most tasks running at once.
    public var concurrency: Int {
        didSet {
            owner.check("PromiseQueue.concurrency")
            startWaiting()
        }
    }
    /// The time limit applied to every task without its own, in milliseconds.
    public var timeout: Double?

    /// Tasks running now.
    public private(set) var pending = 0
    /// Whether ``pause()`` stopped new tasks from starting.
    public private(set) var isPaused: Bool

    /// The thread of the loop it is used on; every method checks it.
    private let owner = OwnerThread()
    private var waiting: [Entry] = []
    private var nextOrder = 0
    private var emptyWaiters: [PromiseResolver<Void>] = []
    private var idleWaiters: [PromiseResolver<Void>] = []

    /// - Parameters:
    ///   - concurrency: At least 1.
    ///   - timeout: The time limit of every task without its own, in milliseconds; nil for none.
    ///   - autoStart: When false, the queue starts paused.
    /// - Throws: `RangeError [ERR_OUT_OF_RANGE]` for a concurrency below 1.
    public init(concurrency: Int = .max, timeout: Double? = nil, autoStart: Bool = true) throws {
        try ConcurrencyLimit.checkConcurrency(concurrency)
        self.concurrency = concurrency
        self.timeout = timeout
        isPaused = !autoStart
    }

    /// Tasks waiting to start.
    public var size: Int {
        owner.check("PromiseQueue.size")
        return waiting.count
    }

    /// Adds a task; the promise settles with its outcome.
    @discardableResult
    public func add<Value>(
        priority: Int = 0, signal: AbortSignal? = nil, timeout: Double? = nil,
        _ task: @escaping () throws -> Promise<Value>
    ) -> Promise<Value> {
        owner.check("PromiseQueue.add")
        if let signal, signal.aborted {
            return Promise.reject(AbortError(cause: signal.reason))
        }
        let (promise, resolve, reject) = Promise<Value>.withResolvers()
        nextOrder += 1
        let id = nextOrder
        var abortListener: ListenerID?
        let start = { [self] in
            if let signal, let abortListener { signal.removeEventListener(.abort, abortListener) }
            pending += 1
            var started = Promise<Value>.attempt { try task() }
            if let limit = timeout ?? self.timeout { started = started.timeout(limit) }
            started.forward("PromiseQueue.add", to: resolve, reject, after: finished)
        }
        let entry = Entry(id: id, priority: priority, start: start)
        // Keep `waiting` sorted: higher priority first, then first added.
        let index = waiting.firstIndex { $0.priority < priority } ?? waiting.endIndex
        waiting.insert(entry, at: index)
        if let signal {
            abortListener = signal.addEventListener(.abort, once: true) { [weak self, unowned signal] in
                guard let self, let position = self.waiting.firstIndex(where: { $0.id == id }) else { return }
                self.waiting.remove(at: position)
                reject(AbortError(cause: signal.reason))
                self.settleWaiters()
            }
        }
        startWaiting()
        return promise
    }

    /// Stops starting tasks; running ones go on.
    public func pause() {
        owner.check("PromiseQueue.pause()")
        isPaused = true
    }

    /// Starts tasks again after ``pause()``.
    public func start() {
        owner.check("PromiseQueue.start()")
        isPaused = false
        startWaiting()
    }

    /// Drops the waiting tasks; their promises never settle (as p-queue's).
    public func clear() {
        owner.check("PromiseQueue.clear()")
        waiting.removeAll()
        settleWaiters()
    }

    /// A promise fulfilled when no task is waiting (at once if none is).
    public func onEmpty() -> Promise<Void> {
        owner.check("PromiseQueue.onEmpty()")
        guard !waiting.isEmpty else { return Promise.resolve(()) }
        let (promise, resolve, _) = Promise<Void>.withResolvers()
        emptyWaiters.append(resolve)
        return promise
    }

    /// A promise fulfilled when no task is waiting or running (at once if so).
    public func onIdle() -> Promise<Void> {
        owner.check("PromiseQueue.onIdle()")
        guard !waiting.isEmpty || pending > 0 else { return Promise.resolve(()) }
        let (promise, resolve, _) = Promise<Void>.withResolvers()
        idleWaiters.append(resolve)
        return promise
    }

    private func finished() {
        pending -= 1
        startWaiting()
        settleWaiters()
    }

    private func startWaiting() {
        while !isPaused, pending < concurrency, !waiting.isEmpty {
            waiting.removeFirst().start()
        }
        settleWaiters()
    }

    private func settleWaiters() {
        if waiting.isEmpty, !emptyWaiters.isEmpty {
            let resolvers = emptyWaiters
            emptyWaiters = []
            for resolve in resolvers { resolve(()) }
        }
        if waiting.isEmpty, pending == 0, !idleWaiters.isEmpty {
            let resolvers = idleWaiters
            idleWaiters = []
            for resolve in resolvers { resolve(()) }
        }
    }
}

@available(*, unavailable, message: "a PromiseQueue belongs to the loop it is used on")
extension PromiseQueue: Sendable {}
