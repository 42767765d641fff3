// Async functions on the loop, and `await` of a promise.

extension Promise {
    /// Runs `body` as an async function on this loop, as calling a JavaScript `async function`
    /// does: synchronously up to its first `await`, each later step as a promise job; the
    /// promise settles with what `body` returns or throws.
    ///
    /// ```swift
    /// Promise { () async throws -> Int in
    ///     let a = try await Promise.resolve(20).value
    ///     return a + 22
    /// }.then { console.log($0) }   // 42
    /// ```
    public convenience init(_ body: sending @escaping () async throws -> Value) {
        self.init(loop: EventLoop.current)
        run(body) { functions, value in functions.resolve(value) }
    }

    /// Runs `body` as an async function that returns a promise, as `async function f() {
    /// return p }` does: the result follows the promise `body` returns, settling two jobs after
    /// `body` ends (three in all before a `then` on it runs), as in V8.
    ///
    /// A static function rather than an initializer: as another overload of the async
    /// initializer it would make a body of several statements with no `return` ambiguous.
    ///
    /// ```swift
    /// Promise.following { () async throws -> Promise<Data> in
    ///     let url = try await lookUp(name).value
    ///     return download(url)
    /// }
    /// ```
    public static func following(_ body: sending @escaping () async throws -> Promise<Value>) -> Promise<Value> {
        let promise = Promise(loop: EventLoop.current)
        promise.run(body) { functions, returned in functions.resolve(adopting: returned) }
        return promise
    }

    /// Starts `body` in a task on this promise's loop (its first steps run inside this call),
    /// then settles this promise with `settle` or with the error `body` throws.
    private func run<Outcome>(
        _ body: sending @escaping () async throws -> Outcome,
        settle: @escaping (ResolvingFunctions<Value>, Outcome) -> Void
    ) {
        let loop = self.loop
        let functions = LoopBound(ResolvingFunctions(promise: self), loop: loop)
        let work = LoopBound(body, loop: loop)
        let settle = LoopBound(settle, loop: loop)
        loop.resumingInline {
            Task(executorPreference: loop.executor) {
                do {
                    let outcome = try await work.value()
                    settle.value(functions.value, outcome)
                } catch {
                    functions.value.reject(error)
                }
            }
        }
    }

    /// The promise's value, once it is fulfilled; throws its reason if it is rejected.
    ///
    /// From an async function running on the loop, the code after `await` runs in the job right
    /// after the promise settles, as in Node. From any other Swift async context, it resumes on
    /// that context's executor; the getter runs in the caller's isolation (`nonisolated
    /// (nonsending)`), so the promise never crosses to another one and top-level code or an
    /// actor can await a promise it holds. A cancelled task stops waiting and throws
    /// `CancellationError` (a promise already settled is no wait: a task not cancelled when it
    /// awaits gets the outcome in the next job); if the promise's loop has closed, the wait ends
    /// with ``EventLoopError/closed``.
    ///
    /// Awaited on the loop's own thread by code that is not one of the loop's tasks while the
    /// loop is not running (top-level code before or after ``EventLoop/run(_:)``, say), a
    /// settled promise gives its outcome at once and a pending one throws
    /// ``EventLoopError/notRunning``: nothing could run the loop while that code waits.
    @inlinable
    nonisolated(nonsending) public var value: Value {
        get async throws {
            // An already settled promise awaited on its loop's thread is a wait of exactly one
            // job, the reaction that resumes. It skips the cancellation handler, whose
            // task-status lock costs more than the wait: a task cancelled before the `await`
            // still takes the general path and throws, one cancelled during that job gets the
            // outcome.
            if loop.isOwnerThread, !isPending, loop.isRunning, !loop.isClosed, !Task.isCancelled {
                return try await withUnsafeThrowingContinuation { continuation in
                    resumeWithOutcome(continuation)
                }
            }
            return try await valueWithCancellation
        }
    }

    /// Resumes `continuation` with this promise's outcome in the promise job of a reaction,
    /// inside that job (see `EventLoop.resumingInline`).
    @inlinable
    func resumeWithOutcome(_ continuation: UnsafeContinuation<Value, any Error>) {
        let loop = self.loop
        addReaction("Promise.value", dependent: nil) { settled in
            // A reaction runs on the loop's thread, where the task resumes (inline, below): the
            // outcome never crosses a thread, so it needs no `LoopBound` check on the way.
            nonisolated(unsafe) let outcome = Promise.outcome(of: settled)
            loop.resumingInline { continuation.resume(with: outcome) }
        }
    }

    /// `value` for a pending promise, from another thread, or while the loop is not running: the
    /// wait ends when the promise settles, the task is cancelled or the loop closes, whichever
    /// comes first.
    @usableFromInline
    nonisolated(nonsending) var valueWithCancellation: Value {
        get async throws {
            if loop.isOwnerThread, !loop.isRunning, !loop.isClosed, !loop.executor.isPreferredByCurrentTask {
                return try outcomeWhileNotRunning()
            }
            let promise = LoopBound(self, loop: loop)
            return try await Promise.settlement(on: loop.executor) { promise.value }
        }
    }

    /// The outcome of a promise awaited on its loop's thread, outside the loop's tasks, while
    /// the loop is not running: the wait could never end, so a pending promise fails it.
    private func outcomeWhileNotRunning() throws -> Value {
        guard !isPending else { throw EventLoopError.notRunning }
        if rejectionReason != nil, !isHandled { loop.rejections.handlerAdded(self) }
        isHandled = true
        return try Promise.outcome(of: self).get()
    }

    /// Runs `make` on `executor`'s loop (at once on the loop's thread, else as a job through the
    /// executor) and waits, from any thread, for the promise it returns: the wait ends when that
    /// promise settles, the task is cancelled or the loop closes, whichever comes first. An
    /// error `make` throws ends the wait, except `process.exit`'s, which ends the loop.
    static func settlement(
        on executor: LoopExecutor, of make: @escaping @Sendable () throws -> Promise<Value>
    ) async throws -> Value {
        let resumption = Resumption<Value>()
        return try await withTaskCancellationHandler {
            try await withUnsafeThrowingContinuation { (continuation: UnsafeContinuation<Value, any Error>) in
                resumption.set(continuation)
                if executor.inEventLoop {
                    if let loop = executor.openLoopOnThisThread {
                        do { try make().resume(resumption, on: loop) } catch { resumption.resume(with: .failure(error)) }
                    } else {
                        resumption.resume(with: .failure(EventLoopError.closed))
                    }
                    return
                }
                // From another thread: attach on the loop's thread, and end the wait if the
                // loop closes before the promise settles.
                let key = ObjectIdentifier(resumption)
                let registered = executor.addCloseHandler(key) {
                    resumption.resume(with: .failure(EventLoopError.closed))
                }
                let attached = registered && executor.execute {
                    let promise: Promise<Value>
                    do {
                        promise = try make()
                    } catch let exit as ProcessExit {
                        // The loop ends, and its close handler ends the wait.
                        throw exit
                    } catch {
                        executor.removeCloseHandler(key)
                        resumption.resume(with: .failure(error))
                        return
                    }
                    promise.resume(resumption, on: promise.loop) { executor.removeCloseHandler(key) }
                }
                if !attached {
                    resumption.resume(with: .failure(EventLoopError.closed))
                }
            }
        } onCancel: {
            resumption.cancel()
        }
    }
}

extension Promise {
    /// Resumes `resumption` with this promise's outcome once it settles, inside the promise job
    /// that observes it (see `EventLoop.resumingInline`); `settled` runs first.
    fileprivate func resume(
        _ resumption: Resumption<Value>, on loop: EventLoop, settled: @escaping () -> Void = {}
    ) {
        addReaction(
            "Promise.value",
            onFulfilled: { value in
                settled()
                let value = LoopBound(value, loop: loop)
                loop.resumingInline { resumption.resume(with: .success(value.value)) }
            },
            onRejected: { error in
                settled()
                loop.resumingInline { resumption.resume(with: .failure(error)) }
            }
        )
    }
}

/// The continuation of one `await promise.value`, resumed exactly once by whichever comes
/// first: the promise settling (on the loop), the loop closing, or the task being cancelled (on
/// any thread, at any moment, even before the continuation exists).
///
/// A state machine behind a lock; the continuation is resumed after the lock is released, so
/// that no lock of the Swift runtime is ever taken inside it.
///
/// ```
///  awaitingContinuation ──set──▶ suspended ──resume or cancel──▶ resumed
///          │                                                       ▲
///          └──cancel──▶ cancelledEarly ──set (CancellationError)────┘
/// ```
private final class Resumption<Value>: Sendable {
    private enum State: Sendable {
        /// The task has not reached its suspension point yet.
        case awaitingContinuation
        /// Cancelled before that: `set` resumes at once with `CancellationError`.
        case cancelledEarly
        /// Waiting for one of the three outcomes.
        case suspended(UnsafeContinuation<Value, any Error>)
        /// Resumed; later outcomes are ignored.
        case resumed
    }

    private let state = Locked(State.awaitingContinuation)

    /// The task has suspended with `continuation`.
    func set(_ continuation: UnsafeContinuation<Value, any Error>) {
        let cancelled = state.withLock { state -> Bool in
            switch state {
            case .awaitingContinuation:
                state = .suspended(continuation)
                return false
            case .cancelledEarly:
                state = .resumed
                return true
            case .suspended, .resumed:
                fatalError("NodeLoop: an await's continuation was set twice (state \(state))")
            }
        }
        if cancelled { continuation.resume(throwing: CancellationError()) }
    }

    /// The promise settled, or the loop closed: resumes with `result` unless something else
    /// already has.
    func resume(with result: sending Result<Value, any Error>) {
        let continuation = state.withLock { state -> UnsafeContinuation<Value, any Error>? in
            switch state {
            case .suspended(let continuation):
                state = .resumed
                return continuation
            case .resumed:
                return nil
            case .awaitingContinuation, .cancelledEarly:
                fatalError("NodeLoop: an await was resumed before it had suspended (state \(state))")
            }
        }
        continuation?.resume(with: result)
    }

    /// The task was cancelled: resumes with `CancellationError` now if suspended, or as soon as
    /// it suspends.
    func cancel() {
        let continuation = state.withLock { state -> UnsafeContinuation<Value, any Error>? in
            switch state {
            case .awaitingContinuation:
                state = .cancelledEarly
                return nil
            case .suspended(let continuation):
                state = .resumed
                return continuation
            case .cancelledEarly, .resumed:
                return nil
            }
        }
        continuation?.resume(throwing: CancellationError())
    }
}
