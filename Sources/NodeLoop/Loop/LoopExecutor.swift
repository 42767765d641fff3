import CLibUV

// Rules for the cross-thread door:
// - `state` is the only mutable state shared between threads; every access holds its mutex.
// - `uv_async_send` is called with the mutex held, and `close` marks the door closed under the
//   same mutex before it closes the async handle, so no thread can send to a closed handle.
// - Wake-ups coalesce: `uv_async_send` is called only when the inbox goes from empty to
//   non-empty; one async callback then runs every job queued so far.
// - The executor can outlive its loop (a task keeps it, any thread may hold it). Other threads
//   touch only `state`, `owner` (immutable) and, while the door is open, the async handle. The
//   loop itself is reached only on its own thread (`owner.isCurrent` is checked first), and
//   `close()`, which the loop calls before it is freed (from its `deinit` at the latest), clears
//   that reference: it never dangles where it is read. A job that comes in on the loop's thread
//   after that is dropped, as one from another thread is once the door has closed. (Not `weak`:
//   a weak reference moves the loop's reference counts to a side table, and every retain of the
//   loop then takes the slow path, about 130 instructions a `process.nextTick`.)
// - The mutex is a leaf: nothing that takes another lock, and no user code, runs while it is
//   held (close handlers run after it is released). docs/architecture.md has the lock order.

/// The one thread-safe way into an ``EventLoop``: run a closure on the loop's thread.
///
/// Any thread may call ``execute(_:)``; the closure runs later on the loop's thread as a
/// macrotask (microtasks drain after it, errors go to `uncaughtException`). The async handle
/// behind it does not keep the loop alive: a job queued while the loop is running, or before it
/// runs, is executed; a job queued after the loop has closed is dropped (``execute(_:)`` returns
/// false), as Node has nothing left to run it on. The executor stays safe to use after its loop
/// is freed.
///
/// ```swift
/// let executor = EventLoop.current.executor
/// Thread.detachNewThread {
///     let result = expensiveComputation()
///     executor.execute { console.log("result", result) }
/// }
/// ```
public final class LoopExecutor: Sendable {
    private struct State: Sendable {
        var jobs: [CrossThreadJob] = []
        var closeHandlers: [ObjectIdentifier: @Sendable () -> Void] = [:]
        var isClosed = false
    }

    private let state = Locked(State())
    /// The loop's thread: immutable, compared with by any thread.
    private let owner: OwnerThread
    /// Valid until `close()`; only touched with `state`'s mutex held or on the loop thread.
    private nonisolated(unsafe) let async: UnsafeMutablePointer<uv_async_t>
    private nonisolated(unsafe) let handle: UVHandle<uv_async_t>
    /// The loop until `close()`; read and written on the loop's thread only (see the rules).
    /// Read for every task job on the loop: no runtime exclusivity checks.
    @exclusivity(unchecked) private nonisolated(unsafe) unowned(unsafe) var loop: EventLoop?
    /// The array the last run of jobs went through, emptied with its capacity kept: swapped in
    /// as the next inbox, so that filling the inbox again allocates nothing. Loop thread only.
    private nonisolated(unsafe) var spareJobs: [CrossThreadJob] = []

    init(loop: EventLoop) {
        self.loop = loop
        owner = loop.owner
        handle = UVHandle(loop: loop) { uvLoop, async in
            uv_async_init(uvLoop, async) { async in
                UVHandle<uv_async_t>.owner(of: async).executor.runPendingJobs()
            }
        }
        async = handle.pointer
        handle.unref()
    }

    /// Queues `job` to run on the loop's thread. Safe from any thread.
    ///
    /// - Returns: false if the loop has closed and the job was dropped.
    @discardableResult
    public func execute(_ job: @escaping @Sendable () throws -> Void) -> Bool {
        state.withLock { state in
            guard !state.isClosed else { return false }
            state.jobs.append(CrossThreadJob(run: job))
            if state.jobs.count == 1 { uv_async_send(async) }
            return true
        }
    }

    /// Registers `handler` to run on the loop's thread when the loop closes: for a waiter on
    /// another thread that must not wait forever, or for an object on the loop that must let go
    /// of its handles (a child process, a port). `key` identifies it for
    /// ``removeCloseHandler(_:)``. Safe from any thread.
    ///
    /// - Returns: false if the loop has already closed; the handler is not kept.
    func addCloseHandler(_ key: ObjectIdentifier, _ handler: @escaping @Sendable () -> Void) -> Bool {
        state.withLock { state in
            guard !state.isClosed else { return false }
            state.closeHandlers[key] = handler
            return true
        }
    }

    /// Forgets the close handler registered under `key`, if any. Safe from any thread.
    func removeCloseHandler(_ key: ObjectIdentifier) {
        _ = state.withLock { $0.closeHandlers.removeValue(forKey: key) }
    }

    /// The loop, on its own thread until it closes (its executor closes first); nil on any
    /// other thread, or once the loop has closed or gone.
    var openLoopOnThisThread: EventLoop? {
        owner.isCurrent ? loop : nil
    }

    /// Whether the calling thread is the loop's thread. Safe from any thread, also after the
    /// loop has gone.
    public var inEventLoop: Bool {
        owner.isCurrent
    }

    var hasPendingJobs: Bool {
        state.withLock { !$0.jobs.isEmpty }
    }

    /// Runs the jobs queued so far; returns whether there were any. Loop thread only.
    @discardableResult
    func runPendingJobs() -> Bool {
        guard let loop else { return false }
        var jobs = spareJobs
        spareJobs = []
        state.withLock { state in swap(&state.jobs, &jobs) }
        for job in jobs {
            loop.invoke(job.run)
        }
        let ran = !jobs.isEmpty
        jobs.removeAll(keepingCapacity: true)
        spareJobs = jobs
        return ran
    }

    /// Refuses further jobs, runs the close handlers and closes the async handle. Loop thread
    /// only.
    func close() {
        let closeHandlers = state.withLock { state in
            state.isClosed = true
            state.jobs.removeAll()
            defer { state.closeHandlers.removeAll() }
            return state.closeHandlers.values
        }
        for handler in closeHandlers { handler() }
        handle.close()
        loop = nil
    }
}

/// A job as the executor's inbox holds it. A closure stored straight into an array is
/// re-abstracted on the way in and out, which allocates a thunk each way; a closure inside a
/// struct is stored as it is (the same reason as `EventLoop.QueuedJob`).
private struct CrossThreadJob: Sendable {
    let run: @Sendable () throws -> Void
}
