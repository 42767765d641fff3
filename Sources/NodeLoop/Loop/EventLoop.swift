import CLibUV
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// How and why
// -----------
// An `EventLoop` is one libuv loop plus the JavaScript-side machinery Node keeps beside it: the
// nextTick queue, the promise-job queue, the timer lists and the immediate queue. It runs a script
// the way `node script.js` does:
//
//   script body -> drain microtasks -> uv_run until no ref'd work -> 'beforeExit' -> (more work?
//   run again) -> 'exit' -> exit code
//
// Every callback NodeLoop makes into user code goes through `invoke`, which is Node's
// "MakeCallback": run the callback, then drain the nextTick queue and the promise-job queue until
// both are empty. An error thrown by the callback takes the uncaught-exception path first. Timers
// and immediates run as passes (`invokeInPass`, `finishPass`), as Node's processTimers and
// processImmediate do.
//
// libuv's phases run in this order on every libuv NodeLoop links (1.44 runs timers at the top of
// an iteration, 1.45+ at its end; the cyclic order is the same, see docs/architecture.md):
//
//   timers -> pending -> idle -> prepare -> poll -> check (immediates) -> close callbacks -> ...
//
// A loop is confined to the thread that created it: the type is not `Sendable`, and its entry
// points check the thread. Other threads reach it only through `executor` (a `LoopExecutor`).

/// A Node-style event loop over one libuv loop, confined to the thread that created it.
///
/// Most programs never name the loop: the free functions (`setTimeout`, `setImmediate`,
/// `queueMicrotask`, `process.nextTick`) schedule on ``EventLoop/current``, and
/// ``EventLoop/runMain(_:)-50f0`` runs a script the way `node script.js` does.
///
/// ```swift
/// let loop = EventLoop()
/// let code = loop.run {
///     setTimeout(10) { console.log("later") }
///     console.log("now")
/// }
/// try loop.close()
/// ```
///
/// Hosts that own their own main loop drive it with ``runOnce()`` or ``runNoWait()`` instead.
public final class EventLoop {
    let uvLoop: UnsafeMutablePointer<uv_loop_t>
    /// The thread that created the loop; every loop-confined entry point checks it.
    @usableFromInline let owner: OwnerThread

    @exclusivity(unchecked) var ticks = RingBuffer<QueuedJob>()
    @exclusivity(unchecked) var promiseJobs = RingBuffer<PromiseJob>()
    private(set) var timers: TimerWheel!
    private(set) var immediates: ImmediateQueue!
    private(set) lazy var processState = ProcessState(loop: self)
    let consoleTimers = ConsoleTimers()
    @usableFromInline let rejections = RejectionTracker()
    /// Inside a worker: its id, data, parent port and the way to its parent.
    var workerContext: WorkerContext?
    /// The loop's `http.globalAgent`, made on first use (an agent belongs to one loop).
    var httpGlobalAgent: HTTPAgent?
    /// Set while `resumingInline` waits for the task job a resumption enqueues.
    var isCapturingTaskJob = false
    var capturedTaskJob: UnownedJob?

    /// The thread-safe door into this loop; see ``LoopExecutor``.
    public private(set) var executor: LoopExecutor!

    /// Set once `process.exit` or a fatal error has ended the run: no further callback runs.
    private(set) var isTerminated = false
    private var stopRequested = false
    /// Inside ``run(_:)``, ``runOnce()`` or ``runNoWait()``.
    @usableFromInline private(set) var isRunning = false
    @usableFromInline private(set) var isClosed = false
    /// True while this loop is its thread's default loop (retained by the thread-local slot).
    private var isThreadDefault = false

    /// A callback the loop runs as a macrotask or a microtask. Throwing is allowed: the error
    /// goes to `process.on(.uncaughtException)`, as a throw inside a Node callback does.
    typealias Job = () throws -> Void

    /// Creates a loop confined to the calling thread. If the thread has no loop yet, this one
    /// becomes its ``current`` loop.
    public init() {
        uvLoop = UnsafeMutablePointer<uv_loop_t>.allocate(capacity: 1)
        let status = uv_loop_init(uvLoop)
        precondition(status == 0, "NodeLoop: uv_loop_init failed: \(uvErrorName(status))")
        owner = OwnerThread()
        timers = TimerWheel(loop: self)
        immediates = ImmediateQueue(loop: self)
        executor = LoopExecutor(loop: self)
        if pthread_getspecific(currentLoopKey) == nil {
            pthread_setspecific(currentLoopKey, Unmanaged.passRetained(self).toOpaque())
            isThreadDefault = true
        }
    }

    deinit {
        if !isClosed { try? close() }
    }

    // MARK: - The calling thread's loop

    /// The loop of the calling thread: the loop running on it, or else the first loop created on
    /// it. The main thread's loop is the one ``runMain(_:)-50f0`` creates and runs.
    ///
    /// Every Node API that schedules work (timers, promises, `fs`, `process`) goes through this.
    /// On a thread where no loop was created, which nothing would ever run, it stops the program
    /// with a message saying where such code belongs, rather than making a loop whose work would
    /// silently never happen.
    public static var current: EventLoop {
        guard let loop = currentIfAny else { noLoopOnThisThread() }
        return loop
    }

    /// The loop of the calling thread, or nil where no loop was created.
    static var currentIfAny: EventLoop? {
        guard let raw = pthread_getspecific(currentLoopKey) else { return nil }
        return Unmanaged<EventLoop>.fromOpaque(raw).takeUnretainedValue()
    }

    /// `fatalError` rather than `precondition`: its message is printed in release builds too.
    private static func noLoopOnThisThread() -> Never {
        fatalError("""
            NodeLoop: this thread has no EventLoop, so nothing would ever run what was just scheduled \
            (a timer, a promise, an fs call, a process listener). Put the code inside \
            EventLoop.runMain { ... } or loop.run { ... } of a loop created on this thread; from async \
            code that runs elsewhere, start an EventLoopThread and hand it the work with \
            try await loopThread.submit { ... }.
            """)
    }

    /// Runs `script` on the calling thread's loop as `node script.js` would, closes the loop and
    /// ends the process with the run's exit code.
    public static func runMain(_ script: () throws -> Void) -> Never {
        ProcessSignals.clearInheritedMask()
        let loop = currentIfAny ?? EventLoop()
        var code = loop.run(script)
        do {
            try loop.close()
        } catch {
            console.error("NodeLoop: \(error)")
            if code == 0 { code = 70 }
        }
        exit(code)
    }

    /// Runs `script` as an async function on the calling thread's loop, as Node runs a module
    /// with top-level `await`, then ends the process as ``runMain(_:)-50f0`` does. An error
    /// `script` throws is reported as an unhandled rejection (exit code 1).
    ///
    /// ```swift
    /// EventLoop.runMain { () async throws in
    ///     let stats = try await fs.promises.stat("Package.swift").value
    ///     console.log(stats.size)
    /// }
    /// ```
    public static func runMain(_ script: sending @escaping () async throws -> Void) -> Never {
        // The sync script runs once, so `script` is handed over once; the compiler cannot see that.
        nonisolated(unsafe) let script = script
        runMain { _ = Promise<Void>(script) }
    }

    // MARK: - Running

    /// Runs `script`, then the loop until no ref'd work remains, then emits `beforeExit` (running
    /// again if its listeners scheduled work) and `exit`, and returns the exit code:
    /// `process.exitCode` (0 when unset), the code given to `process.exit`, or 1 after an error
    /// nobody handled.
    ///
    /// If ``stop()`` ends the run early, neither `beforeExit` nor `exit` is emitted and the
    /// remaining work stays queued for a later run.
    @discardableResult
    public func run(_ script: () throws -> Void) -> Int32 {
        enterRun("EventLoop.run(_:)")
        defer { leaveRun() }
        invoke(script)
        while !isTerminated {
            uv_run(uvLoop, UV_RUN_DEFAULT)
            if isTerminated || stopRequested { break }
            if executor.runPendingJobs() || uv_loop_alive(uvLoop) != 0 { continue }
            invoke { try self.processState.emit(.beforeExit, self.processState.exitCode ?? 0) }
            if !executor.hasPendingJobs && uv_loop_alive(uvLoop) == 0 { break }
        }
        if stopRequested { return processState.exitCode ?? 0 }
        if !isTerminated { emitExit() }
        return processState.exitCode ?? 0
    }

    /// Runs one iteration of the loop, waiting for I/O if nothing is ready, and returns whether
    /// ref'd work remains. For hosts that drive the loop from their own main loop; no
    /// `beforeExit` or `exit` is emitted.
    @discardableResult
    public func runOnce() -> Bool {
        runIteration(UV_RUN_ONCE, "EventLoop.runOnce()")
    }

    /// Runs one iteration of the loop without waiting for I/O, and returns whether ref'd work
    /// remains.
    @discardableResult
    public func runNoWait() -> Bool {
        runIteration(UV_RUN_NOWAIT, "EventLoop.runNoWait()")
    }

    /// Makes the current ``run(_:)``, ``runOnce()`` or ``runNoWait()`` return once the callback
    /// that called it has finished; queued work stays queued.
    public func stop() {
        owner.check("EventLoop.stop()")
        stopRequested = true
        uv_stop(uvLoop)
    }

    private func runIteration(_ mode: uv_run_mode, _ api: StaticString) -> Bool {
        enterRun(api)
        defer { leaveRun() }
        guard !isTerminated else { return false }
        let alive = uv_run(uvLoop, mode) != 0
        let ranJobs = !isTerminated && executor.runPendingJobs()
        return !isTerminated && (alive || ranJobs || executor.hasPendingJobs)
    }

    private func enterRun(_ api: StaticString) {
        owner.check(api)
        if isClosed { fatalError("NodeLoop: \(api) called on a closed EventLoop") }
        if isRunning {
            fatalError("NodeLoop: \(api) called from inside a callback of the same loop; a loop cannot run re-entrantly")
        }
        isRunning = true
        stopRequested = false
        previousCurrent = pthread_getspecific(currentLoopKey)
        if !isThreadDefault {
            pthread_setspecific(currentLoopKey, Unmanaged.passUnretained(self).toOpaque())
        }
    }

    private func leaveRun() {
        if !isThreadDefault { pthread_setspecific(currentLoopKey, previousCurrent) }
        previousCurrent = nil
        isRunning = false
    }

    private var previousCurrent: UnsafeMutableRawPointer?

    // MARK: - Callbacks into user code

    /// Runs one macrotask callback as Node's MakeCallback does: the callback, then the microtask
    /// drain. A thrown error goes to the uncaught-exception path first; the drain follows all the
    /// same, as Node drains when the callback scope closes.
    @inline(__always)
    func invoke(_ body: Job) {
        guard !isTerminated else { return }
        do {
            try body()
        } catch {
            handleUncaught(error)
        }
        drainMicrotasks()
    }

    /// Runs one callback of a timers or immediates pass (Node's `processTimers`,
    /// `processImmediate`): the callback, then one drain attempt, as Node's `runNextTicks` before
    /// the pass's next callback. A callback that throws gets no drain here: Node's pass restarts
    /// with the next callback. Returns whether the callback threw; end the pass with
    /// ``finishPass(lastThrew:)``.
    func invokeInPass(_ body: Job) -> Bool {
        guard !isTerminated else { return false }
        do {
            try body()
        } catch {
            handleUncaught(error)
            return true
        }
        drainMicrotasks(attempts: 1)
        return false
    }

    /// The drain when a pass ends, Node's callback-scope drain: two attempts after the last
    /// callback in all, one of which ``invokeInPass(_:)`` made unless the callback threw.
    func finishPass(lastThrew: Bool) {
        guard !isTerminated else { return }
        drainMicrotasks(attempts: lastThrew ? 2 : 1)
    }

    /// Ends the run now with `code`: emits `exit` (once), then lets no further callback run.
    func terminate(code: Int32?) {
        if let code { processState.exitCode = code }
        guard !isTerminated else { return }
        isTerminated = true
        emitExit()
        uv_stop(uvLoop)
    }

    /// Ends the run now with `code` without emitting `exit`: a worker stopped by `terminate()`.
    func halt(code: Int32) {
        guard !isTerminated else { return }
        processState.exitCode = code
        isTerminated = true
        uv_stop(uvLoop)
    }

    private func emitExit() {
        guard !processState.isExiting else { return }
        processState.isExiting = true
        do {
            try processState.emit(.exit, processState.exitCode ?? 0)
        } catch let exit as ProcessExit {
            if let code = exit.code { processState.exitCode = code }
        } catch {
            reportFatal(error)
        }
    }

    // MARK: - Closing

    /// Closes the loop and proves nothing leaked.
    ///
    /// Work still queued (timers, immediates, ticks) is dropped, NodeLoop's own handles are closed,
    /// in-flight requests are allowed to finish without running their callbacks, and
    /// `uv_loop_close` must then succeed.
    ///
    /// - Throws: ``EventLoopError/handlesStillOpen(_:)`` naming every handle libuv still holds.
    public func close() throws {
        owner.check("EventLoop.close()")
        if isRunning {
            fatalError("NodeLoop: EventLoop.close() called while the loop is running; call it after run(_:) returns")
        }
        guard !isClosed else { return }
        isTerminated = true
        ticks.removeAll()
        promiseJobs.removeAll()
        // Timers, promises and listeners hold the loop strongly; dropping them breaks the cycles.
        processState.removeAllListeners()
        rejections.removeAll()
        // The global agent goes with its loop; its free sockets close with the other handles.
        httpGlobalAgent = nil
        timers.close()
        immediates.close()
        executor.close()
        // A `uv_stop` made while no `uv_run` was on the stack (`process.exit` in the script body
        // or in the drain after it) is still pending, and libuv would end the run below with it
        // before a single close callback ran: the loop would then refuse to close.
        uvLoop.pointee.stop_flag = 0
        uv_run(uvLoop, UV_RUN_DEFAULT)
        let status = uv_loop_close(uvLoop)
        if status != 0 {
            throw EventLoopError.handlesStillOpen(openHandleDescriptions())
        }
        uvLoop.deallocate()
        isClosed = true
        if isThreadDefault {
            pthread_setspecific(currentLoopKey, nil)
            isThreadDefault = false
            Unmanaged.passUnretained(self).release()
        }
    }

    private func openHandleDescriptions() -> [String] {
        var names: [String] = []
        withUnsafeMutablePointer(to: &names) { namesPointer in
            uv_walk(uvLoop, { handle, context in
                guard let handle, let context else { return }
                let names = context.assumingMemoryBound(to: [String].self)
                names.pointee.append(String(cString: uv_handle_type_name(handle.pointee.type)))
            }, namesPointer)
        }
        return names
    }

    // MARK: - Thread confinement

    /// Whether the calling thread owns this loop.
    @usableFromInline var isOwnerThread: Bool { owner.isCurrent }
}

/// Errors ``EventLoop`` reports about itself.
public enum EventLoopError: Error, Equatable, CustomStringConvertible {
    /// `uv_loop_close` refused because these handles (libuv type names) are still open.
    case handlesStillOpen([String])
    /// The loop has closed: what was waiting on it can never happen.
    case closed
    /// A promise was awaited on its loop's thread, outside the loop's own tasks, while the loop
    /// was not running: nothing could ever settle it, so the wait fails instead of hanging.
    case notRunning

    public var description: String {
        switch self {
        case .handlesStillOpen(let names):
            return "the loop could not close: handles still open: \(names.joined(separator: ", "))"
        case .closed:
            return "the event loop has closed"
        case .notRunning:
            return "a promise was awaited on the thread of its event loop while that loop was not running; "
                + "await inside EventLoop.runMain { }, or submit the work to an EventLoopThread"
        }
    }
}

@available(*, unavailable, message: "an EventLoop is confined to its thread; use its executor from other threads")
extension EventLoop: Sendable {}

/// The thread-local slot holding each thread's current loop.
private let currentLoopKey: pthread_key_t = {
    var key = pthread_key_t()
    let status = pthread_key_create(&key, nil)
    precondition(status == 0, "NodeLoop: pthread_key_create failed")
    return key
}()
