/// ``Worker``s fed from one queue, in the spirit of the `piscina` package (Node itself has no
/// pool): `run` a task and get a promise of its result.
///
/// Every worker runs the same `handler`, one task at a time. Tasks start in the order they were
/// given (FIFO), each on the first idle worker; at most `maxThreads` run at once, the others wait
/// in the queue, which holds at most `maxQueue` tasks. A pool of a fixed size
/// (`WorkerPool(threads: 4)`) keeps its workers; a growing one (`WorkerPool(minThreads: 1,
/// maxThreads: 8, idleTimeout: 500)`) starts a worker when a task finds none idle, up to
/// `maxThreads`, and stops a worker above `minThreads` once it has been idle for `idleTimeout`
/// milliseconds, as piscina does.
///
/// ```swift
/// let pool = WorkerPool<Int, Int>(threads: 4) { limit in countPrimes(below: limit) }
/// Promise.all((1...8).map { pool.run($0 * 100_000) })
///     .then { counts in console.log(counts) }
///     .finally { pool.close() }
/// ```
///
/// The rules, and where they differ from piscina:
/// - A handler that throws rejects that task's promise with the error; the worker goes on.
/// - A worker whose thread ends (`process.exit` inside the handler, or an error that escapes
///   the worker's loop) rejects the task it was running and is replaced; queued tasks still run.
/// - Aborting a task's `signal` rejects its promise at once with an ``AbortError``. A queued task
///   is taken off the queue and never runs. A running task cannot be pre-empted in Swift (piscina
///   terminates its worker instead): it finishes on its worker, which takes no other task until
///   then, and its result is dropped.
/// - A full queue rejects `run` at once (`ERR_WORKER_POOL_QUEUE_FULL`), as does a closed pool
///   (`ERR_WORKER_POOL_CLOSED`).
/// - As in piscina, a worker keeps the loop alive only while it runs a task: an idle pool lets
///   the run end. ``unref()`` lets the run end even while tasks run or wait. ``close()`` and
///   ``destroy()`` keep the loop alive until every worker has exited.
///
/// Loop-confined: create it, run tasks and close it on one loop.
public final class WorkerPool<Task: Sendable, Output: Sendable> {
    /// The fewest workers the pool keeps, busy or not.
    public let minThreads: Int
    /// The most workers the pool runs, and so the most tasks running at once.
    public let maxThreads: Int
    /// How long, in milliseconds, a worker above `minThreads` may stay idle before it is stopped.
    public let idleTimeout: Double
    /// How many tasks may wait for a worker before `run` rejects.
    public let maxQueue: Int

    let loop: EventLoop
    let handler: @Sendable (Task) throws -> Output
    var slots: [PoolSlot<Task, Output>] = []
    var queue: [PoolTask<Task, Output>] = []
    var queueHead = 0
    var nextTaskId = 0
    var state = PoolState.open
    var isRefd = true
    var closeWaiters: [PromiseResolver<Void>] = []
    /// Utilization counters.
    var completedCount = 0
    var totalWait = 0.0

    /// Starts `threads` workers, each running `handler` for the tasks it is given, and keeps
    /// that many.
    ///
    /// - Parameters:
    ///   - threads: How many workers run tasks at once (at least 1; less counts as 1).
    ///   - maxQueue: How many tasks may wait for a worker; `run` rejects beyond it.
    ///   - handler: Runs on a worker's thread, once per task; what it throws rejects that task.
    public convenience init(threads: Int = 4, maxQueue: Int = Int.max, _ handler: @escaping @Sendable (Task) throws -> Output) {
        self.init(minThreads: threads, maxThreads: threads, maxQueue: maxQueue, handler)
    }

    /// Starts `minThreads` workers and grows to `maxThreads` while tasks wait, shrinking back
    /// once workers stay idle for `idleTimeout` milliseconds (piscina's options of those names).
    ///
    /// - Parameters:
    ///   - minThreads: The workers kept even when idle (0 or more; less counts as 0).
    ///   - maxThreads: The most workers at once (at least `minThreads` and at least 1).
    ///   - idleTimeout: Milliseconds a worker above `minThreads` stays idle before it stops;
    ///     0 stops it as soon as no task waits for it.
    ///   - maxQueue: How many tasks may wait for a worker; `run` rejects beyond it.
    ///   - handler: Runs on a worker's thread, once per task; what it throws rejects that task.
    public init(
        minThreads: Int, maxThreads: Int, idleTimeout: Double = 0, maxQueue: Int = Int.max,
        _ handler: @escaping @Sendable (Task) throws -> Output
    ) {
        loop = EventLoop.current
        self.minThreads = max(0, minThreads)
        self.maxThreads = max(1, self.minThreads, maxThreads)
        self.idleTimeout = max(0, idleTimeout)
        self.maxQueue = max(0, maxQueue)
        self.handler = handler
        for _ in 0..<self.minThreads { slots.append(startSlot()) }
    }

    /// Queues `task` and returns the promise of its result.
    ///
    /// - Parameters:
    ///   - task: Handed to the handler on a worker's thread.
    ///   - signal: Cancels the task: a queued task never runs, a running one has its result
    ///     dropped; either way the promise rejects at once with an ``AbortError``.
    /// - Returns: A promise fulfilled with the handler's result, or rejected with what it threw,
    ///   with ``WorkerPoolError`` codes, or with an ``AbortError``.
    public func run(_ task: Task, signal: AbortSignal? = nil) -> Promise<Output> {
        loop.owner.check("WorkerPool.run(_:signal:)")
        guard state == .open else { return Promise.reject(WorkerPoolError.closed) }
        if let signal, signal.aborted { return Promise.reject(AbortError(cause: signal.reason)) }
        let canStart = slots.contains { $0.isIdle } || workerCount < maxThreads
        if !canStart, queue.count - queueHead >= maxQueue { return Promise.reject(WorkerPoolError.queueFull) }
        let (promise, resolve, reject) = Promise<Output>.withResolvers()
        nextTaskId += 1
        let entry = PoolTask<Task, Output>(
            id: nextTaskId, task: task, queuedAt: performance.now(), resolve: resolve, reject: reject
        )
        if let signal {
            let id = signal.addEventListener(.abort, once: true) { [weak self, unowned signal] in
                self?.abort(entry, reason: signal.reason)
            }
            entry.abortListener = (signal, id)
        }
        queue.append(entry)
        growForQueuedTasks()
        dispatch()
        return promise
    }

    /// Refuses new tasks, lets the queued and running ones finish, then stops the workers; the
    /// promise is fulfilled once every worker has exited.
    @discardableResult
    public func close() -> Promise<Void> {
        loop.owner.check("WorkerPool.close()")
        let (promise, resolve, _) = Promise<Void>.withResolvers()
        closeWaiters.append(resolve)
        if state == .open { state = .closing }
        stopIdleWorkers()
        return promise
    }

    /// Rejects every queued and running task at once (`ERR_WORKER_POOL_TERMINATED`) and
    /// terminates the workers; the promise is fulfilled once every worker has exited.
    @discardableResult
    public func destroy() -> Promise<Void> {
        loop.owner.check("WorkerPool.destroy()")
        let (promise, resolve, _) = Promise<Void>.withResolvers()
        closeWaiters.append(resolve)
        state = .destroyed
        let running = slots.compactMap(\.current)
        let waiting = queue[queueHead...]
        queue = []
        queueHead = 0
        for entry in running + waiting { entry.settle(.failure(WorkerPoolError.terminated)) }
        for slot in slots where !slot.isStopping {
            slot.isStopping = true
            slot.current = nil
            slot.worker.ref()
            // nil: the worker had exited already, and its `exit` listener has let the slot go.
            slot.worker.terminate().then { code in if let code { self.slotExited(slot, code: code) } }
        }
        stopIdleWorkers()
        return promise
    }

    /// Lets the pool keep the loop alive while it has tasks (the default).
    public func ref() {
        loop.owner.check("WorkerPool.ref()")
        isRefd = true
        for slot in slots { updateRef(slot) }
    }

    /// Lets the run end even while tasks run or wait.
    public func unref() {
        loop.owner.check("WorkerPool.unref()")
        isRefd = false
        for slot in slots { updateRef(slot) }
    }

    // MARK: - Utilization

    /// The workers the pool runs now, busy or idle (not counting those stopping).
    public var threads: Int {
        loop.owner.check("WorkerPool.threads")
        return workerCount
    }
    /// Tasks that have finished (fulfilled or rejected by their handler).
    public var completed: Int {
        loop.owner.check("WorkerPool.completed")
        return completedCount
    }
    /// Tasks waiting for a worker.
    public var queued: Int {
        loop.owner.check("WorkerPool.queued")
        return queue.count - queueHead
    }
    /// Workers busy with a task (an aborted task still counts until its handler returns).
    public var running: Int {
        loop.owner.check("WorkerPool.running")
        return slots.filter { $0.current != nil }.count
    }
    /// The mean time, in milliseconds, from `run` to the task's start, over completed tasks.
    public var meanWait: Double {
        loop.owner.check("WorkerPool.meanWait")
        return completedCount == 0 ? 0 : totalWait / Double(completedCount)
    }
}

@available(*, unavailable, message: "a WorkerPool belongs to the loop that created it")
extension WorkerPool: Sendable {}

/// The errors a ``WorkerPool`` rejects with. Node has no pool, so the codes are NodeLoop's,
/// named as Node names its own and worded as piscina words them.
public enum WorkerPoolError {
    /// `run` on a full queue: `ERR_WORKER_POOL_QUEUE_FULL`, "Task queue is at limit".
    public static var queueFull: NodeError { NodeError("Task queue is at limit", code: "ERR_WORKER_POOL_QUEUE_FULL") }
    /// `run` after `close` or `destroy`: `ERR_WORKER_POOL_CLOSED`.
    public static var closed: NodeError { NodeError("The worker pool is closed", code: "ERR_WORKER_POOL_CLOSED") }
    /// A task queued or running when `destroy` was called: `ERR_WORKER_POOL_TERMINATED`.
    public static var terminated: NodeError { NodeError("Terminating worker thread", code: "ERR_WORKER_POOL_TERMINATED") }
    /// The worker running a task stopped without an error of its own (`process.exit`):
    /// `ERR_WORKER_POOL_WORKER_EXITED`.
    public static func exited(_ code: Int32) -> NodeError {
        NodeError("The worker running the task exited with code \(code)", code: "ERR_WORKER_POOL_WORKER_EXITED")
    }
}
