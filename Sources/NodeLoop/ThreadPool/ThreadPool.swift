import CLibUV
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// libuv's thread pool, where NodeLoop runs file-system requests and the CPU-bound work you give
/// it, for the calling thread's loop.
///
/// The pool belongs to the process: every loop (every worker's too) shares its threads, as every
/// Node thread shares libuv's pool. Its size comes from the `UV_THREADPOOL_SIZE` environment
/// variable, read once when the pool first starts (default 4, at most 1024).
///
/// ```swift
/// threadPool.run { countPrimes(below: 5_000_000) }
///     .then { count in console.log("primes:", count) }
/// setInterval(100) { console.log("the loop is still free") }
/// ```
public let threadPool = ThreadPool()

/// The type of ``threadPool``.
public struct ThreadPool: Sendable {
    /// How many threads the pool runs: `UV_THREADPOOL_SIZE` as libuv reads it (a number, 0
    /// counting as 1, capped at 1024), or 4 when it is not set.
    public var size: Int { ThreadPool.configuredSize }

    private static let configuredSize: Int = {
        guard let text = getenv("UV_THREADPOOL_SIZE") else { return 4 }
        // libuv parses it with atoi into an unsigned int: junk is 0, a negative number wraps.
        let parsed = UInt32(truncatingIfNeeded: atoi(text))
        return Int(min(max(parsed, 1), 1024))
    }()

    /// Runs `work` on a pool thread and fulfils the promise with its result on the loop, or
    /// rejects it with the error `work` throws. The pending work keeps the run alive.
    ///
    /// Aborting `signal` rejects the promise at once with an ``AbortError``: work still queued
    /// is taken off the queue and never runs; work already running finishes, and its result is
    /// dropped. A signal already aborted rejects without queueing anything.
    ///
    /// - Parameters:
    ///   - signal: Cancels the work.
    ///   - work: Runs on another thread: it may only use what is `Sendable`.
    public func run<Output: Sendable>(
        signal: AbortSignal? = nil, _ work: @escaping @Sendable () throws -> Output
    ) -> Promise<Output> {
        let (promise, resolve, reject) = Promise<Output>.withResolvers()
        submit(signal: signal, work) { result in
            switch result {
            case .success(let output): resolve(output)
            case .failure(let error): reject(error)
            }
        }
        return promise
    }

    /// Runs `work` on a pool thread, then calls `callback` on the loop with the error `work`
    /// threw or its result, Node's callback style. Cancellation as in ``run(signal:_:)``.
    public func run<Output: Sendable>(
        signal: AbortSignal? = nil,
        _ work: @escaping @Sendable () throws -> Output,
        callback: @escaping ((any Error)?, Output?) throws -> Void
    ) {
        submit(signal: signal, work) { result in
            switch result {
            case .success(let output): try callback(nil, output)
            case .failure(let error): try callback(error, nil)
            }
        }
    }

    /// Queues `work`; `completion` runs once, on the loop, as a macrotask.
    func submit<Output: Sendable>(
        signal: AbortSignal?,
        _ work: @escaping @Sendable () throws -> Output,
        completion: @escaping (Result<Output, any Error>) throws -> Void
    ) {
        let loop = EventLoop.current
        if let signal, signal.aborted {
            let reason = signal.reason
            loop.immediates.enqueue(Immediate(loop: loop) { try completion(.failure(AbortError(cause: reason))) })
            return
        }
        let outcome = WorkOutcome<Output>()
        var listener: ListenerID?
        let request = WorkRequest(loop: loop, body: {
            outcome.result = Result { try work() }
        }, completion: { ran in
            if let signal, let listener { signal.removeEventListener(.abort, listener) }
            // Work that never ran was taken off the queue, which only an abort does.
            try completion(ran ? outcome.result ?? .failure(AbortError()) : .failure(AbortError()))
        })
        guard let signal else { return }
        listener = signal.addEventListener(.abort, once: true) { [unowned signal] in
            request.cancel()
            request.abandon()
            try completion(.failure(AbortError(cause: signal.reason)))
        }
    }
}
