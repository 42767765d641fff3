#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Rules for a hosted loop:
// - The loop is created, run and closed on the thread `start` makes; nothing else touches it.
//   This handle keeps only the loop's executor, which stays safe to use once the loop has
//   closed and gone (it drops jobs then).
// - The loop stays alive through `keepAlive`, a ref'd handle, until `shutdown()` closes it on the
//   loop's thread; the run then ends as a Node process does, once no other work remains.
// - `lifecycle` is the only state shared between threads; every access holds its mutex. The
//   thread writes the exit code once, then resumes every `shutdown()` waiting for it.

/// An ``EventLoop`` on a thread of its own, for an application whose main thread belongs to
/// something else: a Vapor or Hummingbird service, a command-line tool built on async/await, an
/// app with a UI.
///
/// The loop runs from `init` until ``shutdown()``. Hand it work from any task, actor or thread
/// with ``submit(_:)-(()->Promise<Result>)`` and await the result; the work runs on the loop's
/// thread as a macrotask, with Node's rules, and only `Sendable` results come back:
///
/// ```swift
/// let nodeLoop = EventLoopThread()
/// let size = try await nodeLoop.submit { fs.promises.stat("Package.swift") }.size
/// let text = try await nodeLoop.submit { () async throws -> String in
///     let lines = try await fs.promises.readFile("notes.txt", encoding: "utf8").value
///     return lines.uppercased()
/// }
/// let exitCode = await nodeLoop.shutdown()
/// ```
///
/// `process.exit` inside the loop ends the loop, not the process; waits on it then throw
/// ``EventLoopError/closed``.
public final class EventLoopThread: Sendable {
    /// The thread-safe door into the loop (``LoopExecutor/execute(_:)``), for work that needs no
    /// answer.
    public let executor: LoopExecutor
    private let keepAlive: LoopBound<KeepAlive>
    private let lifecycle: Locked<Lifecycle>

    fileprivate struct Lifecycle: Sendable {
        var exitCode: Int32?
        var shutdownRequested = false
        var waiters: [UnsafeContinuation<Int32, Never>] = []
    }

    /// Starts a thread and a loop on it; returns once the loop accepts work.
    public init() {
        let lifecycle = Locked(Lifecycle())
        let started = HostedLoopStart()
        HostedLoopStart.launch(started, lifecycle: lifecycle)
        let loop: EventLoop
        (loop, keepAlive) = started.wait()
        executor = loop.executor
        self.lifecycle = lifecycle
    }

    /// Lets the loop end once it has no more work; see ``shutdown()``.
    deinit {
        requestShutdown()
    }

    // MARK: - Submitting work

    /// Runs `body` on the loop's thread and waits for the promise it returns.
    ///
    /// ```swift
    /// let stats = try await nodeLoop.submit { fs.promises.stat("Package.swift") }
    /// ```
    ///
    /// - Throws: What `body` throws or the promise rejects with; ``EventLoopError/closed`` if
    ///   the loop has ended or ends first; `CancellationError` if the task is cancelled first.
    public func submit<Result: Sendable>(
        _ body: @escaping @Sendable () throws -> Promise<Result>
    ) async throws -> Result {
        try await Promise<Result>.settlement(on: executor, of: body)
    }

    /// Runs `body` on the loop's thread as an async function (`Promise { body }`) and waits for
    /// what it returns.
    public func submit<Result: Sendable>(
        _ body: @escaping @Sendable () async throws -> Result
    ) async throws -> Result {
        try await submit { Promise<Result>(body) }
    }

    /// Runs `body` on the loop's thread and gives back what it returns.
    ///
    /// ```swift
    /// let pid = try await nodeLoop.submit { process.pid }
    /// ```
    public func submit<Result: Sendable>(_ body: @escaping @Sendable () throws -> Result) async throws -> Result {
        try await submit { Promise<Result>.resolve(try body()) }
    }

    /// Runs `body` on the loop's thread for its effects, and returns once it has run. What a
    /// single expression returns is dropped, so that a `Timeout` or an `Immediate`, which must
    /// stay on the loop, needs no `_ =`.
    ///
    /// ```swift
    /// try await nodeLoop.submit { setTimeout(100) { console.log("on the loop") } }
    /// ```
    public func submit(_ body: @escaping @Sendable () throws -> Void) async throws {
        try await submit { Promise<Void>.resolve(try body()) }
    }

    // MARK: - Ending

    /// Lets the loop end as a Node process does, once no timer, request or listener keeps it
    /// alive (`beforeExit` and `exit` are emitted), closes it, and returns the run's exit code.
    /// Safe to call more than once and from any task; every call gets the same code.
    ///
    /// A `setInterval` never cleared keeps the loop, and this wait, going: clear it, or submit
    /// `try process.exit()` to end at once.
    @discardableResult
    public func shutdown() async -> Int32 {
        requestShutdown()
        return await withUnsafeContinuation { continuation in
            let code = lifecycle.withLock { state -> Int32? in
                if state.exitCode == nil { state.waiters.append(continuation) }
                return state.exitCode
            }
            if let code { continuation.resume(returning: code) }
        }
    }

    private func requestShutdown() {
        let first = lifecycle.withLock { state in
            defer { state.shutdownRequested = true }
            return !state.shutdownRequested
        }
        guard first else { return }
        let keepAlive = self.keepAlive
        executor.execute { keepAlive.value.close() }
    }

    /// The body of the loop's thread: the run, the close, and the exit code handed to waiters.
    fileprivate static func runLoop(_ loop: EventLoop, lifecycle: Locked<Lifecycle>) {
        var code = loop.run {}
        do {
            try loop.close()
        } catch {
            console.error("NodeLoop: \(error)")
            if code == 0 { code = 70 }
        }
        let waiters = lifecycle.withLock { state in
            state.exitCode = code
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume(returning: code) }
    }
}

/// The hand-over from a hosted loop's new thread to the `EventLoopThread` waiting for it in
/// `init`: the loop and its keep-alive handle, once the loop exists.
private final class HostedLoopStart: @unchecked Sendable {
    // `handed` is written once by the new thread and read by the creating thread, both with
    // `mutex` held; `condition` wakes the reader.
    private var handed: (loop: EventLoop, keepAlive: LoopBound<KeepAlive>)?
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    init() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deallocate()
        mutex.deallocate()
    }

    /// Starts the loop's thread. A thread that cannot be made is a resource exhaustion the
    /// program cannot go on from, as when `Thread` fails.
    static func launch(_ start: HostedLoopStart, lifecycle: Locked<EventLoopThread.Lifecycle>) {
        final class Context: Sendable {
            let start: HostedLoopStart
            let lifecycle: Locked<EventLoopThread.Lifecycle>
            init(_ start: HostedLoopStart, _ lifecycle: Locked<EventLoopThread.Lifecycle>) {
                self.start = start
                self.lifecycle = lifecycle
            }
        }
        var thread = pthread_t()
        let context = Unmanaged.passRetained(Context(start, lifecycle)).toOpaque()
        let status = pthread_create(&thread, nil, { context in
            guard let context else { return nil }
            let launched = Unmanaged<Context>.fromOpaque(context).takeRetainedValue()
            let loop = EventLoop()
            let keepAlive = KeepAlive(loop: loop)
            launched.start.hand(loop: loop, keepAlive: LoopBound(keepAlive, loop: loop))
            EventLoopThread.runLoop(loop, lifecycle: launched.lifecycle)
            return nil
        }, context)
        guard status == 0 else {
            fatalError("NodeLoop: EventLoopThread could not start a thread: \(uvErrorName(-status))")
        }
        pthread_detach(thread)
    }

    private func hand(loop: EventLoop, keepAlive: LoopBound<KeepAlive>) {
        pthread_mutex_lock(mutex)
        handed = (loop, keepAlive)
        pthread_cond_signal(condition)
        pthread_mutex_unlock(mutex)
    }

    func wait() -> (EventLoop, LoopBound<KeepAlive>) {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        while true {
            if let handed { return handed }
            pthread_cond_wait(condition, mutex)
        }
    }
}
