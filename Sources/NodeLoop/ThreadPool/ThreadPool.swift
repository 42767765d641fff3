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
    @inlinable
    public func run<Output: Sendable>(
        signal: AbortSignal? = nil, _ work: @escaping @Sendable () throws -> Output
    ) -> Promise<Output> {
        let (promise, resolve, reject) = Promise<Output>.withResolvers()
        enqueue(signal: signal, { try work() }) { output, error in
            if let error { reject(error) } else { resolve(Self.restored(output, as: Output.self)) }
        }
        return promise
    }

    /// Runs `work` on a pool thread, then calls `callback` on the loop with the error `work`
    /// threw or its result, Node's callback style. Cancellation as in ``run(signal:_:)``.
    @inlinable
    public func run<Output: Sendable>(
        signal: AbortSignal? = nil,
        _ work: @escaping @Sendable () throws -> Output,
        callback: @escaping ((any Error)?, Output?) throws -> Void
    ) {
        enqueue(signal: signal, { try work() }) { output, error in
            if let error { try callback(error, nil) } else { try callback(nil, Self.restored(output, as: Output.self)) }
        }
    }

    /// Queues `work`; `completion` runs once, on the loop, as a macrotask, with what `work`
    /// gave or the abort that ended it.
    @inlinable
    func submit<Output: Sendable>(
        signal: AbortSignal?,
        _ work: @escaping @Sendable () throws -> Output,
        completion: @escaping (Result<Output, any Error>) throws -> Void
    ) {
        enqueue(signal: signal, { try work() }) { output, error in
            if let error { try completion(.failure(error)) } else { try completion(.success(Self.restored(output, as: Output.self))) }
        }
    }

    // How the generic forms above reach the pool: `work`'s result travels as `any Sendable`
    // through `enqueue`, which is not generic, and `restored` casts it back in the completion.
    // They are `@inlinable` so that they are compiled for the caller's `Output`: unspecialised,
    // each item looked up the metadata of types built on `Output` (`Result<Output, any Error>`,
    // `Optional<Output>`) at run time, twice as many instructions as everything else per item.

    /// What `work` returned, which ``enqueue(signal:_:completion:)`` carried as `any Sendable`
    /// and hands back whenever no error ended the work: the cast cannot fail. The type is
    /// spelled out because `resolve` would otherwise take it for the `Promise` overload.
    @inlinable
    static func restored<Output>(_ output: (any Sendable)?, as type: Output.Type) -> Output {
        // Opened, the existential hands over its value with its dynamic type. That type is
        // `Output` itself unless `Output` is an existential (then the value is of a type that
        // conforms to it): comparing the two types and reinterpreting the value costs a few
        // instructions, where the runtime's cast from an existential costs about 200.
        func unboxed<Boxed: Sendable>(_ value: Boxed) -> Output? {
            Boxed.self == Output.self ? unsafeBitCast(value, to: Output.self) : value as? Output
        }
        guard let output, let restored = unboxed(output) else {
            preconditionFailure("NodeLoop: a thread-pool result came back without its value or type")
        }
        return restored
    }

    /// Queues `body` for the calling thread's loop; `completion` runs once there, as a
    /// macrotask: with what `body` returned, or the error it threw, or the ``AbortError`` that
    /// ended it when `signal` aborted first (at once; from the check phase if it had already
    /// aborted, in which case nothing is queued).
    @usableFromInline
    func enqueue(
        signal: AbortSignal?,
        _ body: @escaping @Sendable () throws -> any Sendable,
        completion: @escaping (_ output: (any Sendable)?, _ error: (any Error)?) throws -> Void
    ) {
        let loop = EventLoop.current
        if let signal, signal.aborted {
            let reason = signal.reason
            loop.immediates.enqueue(Immediate(loop: loop) { try completion(nil, AbortError(cause: reason)) })
            return
        }
        let request = WorkRequest.start(on: loop, body: body, completion: completion)
        if let signal { request.abort(on: signal) }
    }
}
