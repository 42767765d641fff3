import Synchronization

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
        let loop = self.loop
        let functions = LoopBound(ResolvingFunctions(promise: self), loop: loop)
        let work = LoopBound(body, loop: loop)
        loop.resumingInline {
            Task(executorPreference: loop.executor) {
                do {
                    let value = try await work.value()
                    functions.value.resolve(value)
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
    /// that context's executor. A cancelled task stops waiting and throws `CancellationError`;
    /// if the promise's loop has closed, the wait ends with ``EventLoopError/closed``.
    public var value: Value {
        get async throws {
            let loop = self.loop
            let promise = LoopBound(self, loop: loop)
            let resumption = Resumption<Value>()
            return try await withTaskCancellationHandler {
                try await withUnsafeThrowingContinuation { (continuation: UnsafeContinuation<Value, any Error>) in
                    resumption.set(continuation)
                    if loop.isOwnerThread {
                        if loop.isClosed {
                            resumption.resume(with: .failure(EventLoopError.closed))
                        } else {
                            promise.value.resume(resumption, on: loop)
                        }
                        return
                    }
                    // From another thread: attach on the loop's thread, and end the wait if the
                    // loop closes before the promise settles.
                    let executor: LoopExecutor = loop.executor
                    let key = ObjectIdentifier(resumption)
                    let registered = executor.addCloseHandler(key) {
                        resumption.resume(with: .failure(EventLoopError.closed))
                    }
                    let attached = registered && executor.execute {
                        let promise = promise.value
                        promise.resume(resumption, on: promise.loop) { executor.removeCloseHandler(key) }
                    }
                    if !attached {
                        resumption.resume(with: .failure(EventLoopError.closed))
                    }
                }
            } onCancel: {
                resumption.resume(with: .failure(CancellationError()))
            }
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

/// A continuation resumed at most once, whoever comes first: the promise settling on the loop or
/// the task being cancelled on another thread.
private final class Resumption<Value>: @unchecked Sendable {
    // `continuation` is written once, before any resume can happen, and read by the one caller
    // that wins `claimed`; the atomic exchange orders the two.
    private var continuation: UnsafeContinuation<Value, any Error>?
    private let claimed = Atomic<Bool>(false)
    private let cancelledEarly = Atomic<Bool>(false)

    func set(_ continuation: UnsafeContinuation<Value, any Error>) {
        self.continuation = continuation
        if cancelledEarly.load(ordering: .acquiring) {
            resume(with: .failure(CancellationError()))
        }
    }

    func resume(with result: sending Result<Value, any Error>) {
        guard let continuation else {
            // Cancelled before the continuation existed: `set` resumes it.
            cancelledEarly.store(true, ordering: .releasing)
            return
        }
        guard !claimed.exchange(true, ordering: .acquiringAndReleasing) else { return }
        continuation.resume(with: result)
    }
}

/// Carries a loop-confined value into code that runs on the same loop's thread, which the
/// compiler cannot see (a task preferring the loop's executor, or a job sent through it).
/// Reading it anywhere else stops with a precondition failure.
struct LoopBound<Wrapped>: @unchecked Sendable {
    private let wrapped: Wrapped
    private unowned(unsafe) let loop: EventLoop

    init(_ wrapped: Wrapped, loop: EventLoop) {
        self.wrapped = wrapped
        self.loop = loop
    }

    var value: Wrapped {
        loop.preconditionOnOwnerThread("a loop-bound value")
        return wrapped
    }
}
