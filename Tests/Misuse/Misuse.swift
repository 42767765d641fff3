import NodeLoop
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One mistake a program can make with a loop-confined API: calling it from a thread that does
/// not own the object's loop. Each stops the process with a message naming the API and the way
/// out; `ThreadConfinementTests` runs every one in a process of its own (`nodeloop-misuse
/// <case>`), and `make release-traps` runs them again against an optimised build, where a
/// `precondition` message would be stripped.
public enum Misuse: String, CaseIterable, Sendable {
    case promiseThen, promiseCatch, promiseFinally, promiseAll, promiseResolver
    case timeoutRefresh, immediateUnref
    case emitterOn, emitterEmit, readablePush, writableWrite
    case workerOn, messagePortOff, messagePortClose, broadcastChannelClose, workerPoolRun
    case childProcessKill, childStdinWrite
    case fileHandleStat
    case abortControllerAbort, abortSignalAddEventListener
    case concurrencyLimit, promiseQueueAdd, rateLimiter
    case loopBoundValue, eventLoopStop

    /// The API the message must name.
    public var api: String {
        switch self {
        case .promiseThen: "Promise.then"
        case .promiseCatch: "Promise.catch"
        case .promiseFinally: "Promise.finally"
        case .promiseAll: "Promise.all"
        case .promiseResolver: "PromiseResolver"
        case .timeoutRefresh: "Timeout.refresh()"
        case .immediateUnref: "Immediate.unref()"
        case .emitterOn: "EventEmitter.on"
        case .emitterEmit: "EventEmitter.emit"
        case .readablePush: "Readable.push"
        case .writableWrite: "Writable.write"
        case .workerOn: "Worker.on(_:_:)"
        case .messagePortOff: "MessagePort.off(_:_:)"
        case .messagePortClose: "MessagePort.close()"
        case .broadcastChannelClose: "BroadcastChannel.close()"
        case .workerPoolRun: "WorkerPool.run(_:signal:)"
        case .childProcessKill: "ChildProcess.kill"
        case .childStdinWrite: "Socket.write"
        case .fileHandleStat: "FileHandle.stat"
        case .abortControllerAbort: "AbortController.abort"
        case .abortSignalAddEventListener: "AbortSignal.addEventListener"
        case .concurrencyLimit: "ConcurrencyLimit.callAsFunction"
        case .promiseQueueAdd: "PromiseQueue.add"
        case .rateLimiter: "RateLimiter.callAsFunction"
        case .loopBoundValue: "LoopBound.value"
        case .eventLoopStop: "EventLoop.stop()"
        }
    }

    /// Makes the object on a loop of this thread, then calls ``api`` on it from another thread.
    /// Returns only if that call did not stop the process.
    func commit() throws {
        let loop = EventLoop()
        let call = try prepare(on: loop)
        // Sent to another thread on purpose: this is the mistake under test, which the compiler
        // would refuse and the loop must catch at run time.
        let context = Unmanaged.passRetained(Smuggled(call)).toOpaque()
        var thread = pthread_t()
        pthread_create(&thread, nil, { context in
            Unmanaged<Smuggled>.fromOpaque(context!).takeRetainedValue().call()
            return nil
        }, context)
        pthread_join(thread, nil)
    }

    /// The object, made on `loop`'s thread, and the call to make on it from another thread.
    private func prepare(on loop: EventLoop) throws -> () -> Void {
        switch self {
        case .promiseThen:
            let promise = Promise.resolve(1)
            return { promise.then { _ in } }
        case .promiseCatch:
            let promise = Promise.resolve(1)
            return { promise.catch { (_: any Error) in } }
        case .promiseFinally:
            let promise = Promise.resolve(1)
            return { promise.finally {} }
        case .promiseAll:
            // The other thread has a loop of its own, where `all` makes its promise; the input
            // is this loop's.
            let promise = Promise.resolve(1)
            return {
                let otherLoop = EventLoop()
                _ = Promise.all([promise])
                withExtendedLifetime(otherLoop) {}
            }
        case .promiseResolver:
            let (_, resolve, _) = Promise<Int>.withResolvers()
            return { resolve(1) }
        case .timeoutRefresh:
            let timeout = setTimeout(1_000) {}
            return { timeout.refresh() }
        case .immediateUnref:
            let immediate = setImmediate {}
            return { immediate.unref() }
        case .emitterOn:
            let emitter = EventEmitter()
            return { emitter.on(EventName<Int>("tick")) { _ in } }
        case .emitterEmit:
            let emitter = EventEmitter()
            return { _ = try? emitter.emit(EventName<Int>("tick"), 1) }
        case .readablePush:
            let readable = Readable<Buffer>(read: { _, _ in })
            return { _ = readable.push("chunk") }
        case .writableWrite:
            let writable = Writable<Buffer>(write: { _, _, _, callback in callback(nil) })
            return { _ = writable.write("chunk") }
        case .workerOn:
            let worker = Worker {}
            return { worker.on(.exit) { _ in } }
        case .messagePortOff:
            let channel = MessageChannel()
            let id = channel.port1.on(.message) { _ in }
            return { channel.port1.off(.message, id) }
        case .messagePortClose:
            let channel = MessageChannel()
            return { channel.port1.close() }
        case .broadcastChannelClose:
            let channel = BroadcastChannel("misuse")
            return { channel.close() }
        case .workerPoolRun:
            let pool = WorkerPool<Int, Int>(threads: 1) { $0 }
            return { _ = pool.run(1) }
        case .childProcessKill:
            let child = try childProcess.spawn("true")
            return { _ = try? child.kill() }
        case .childStdinWrite:
            let child = try childProcess.spawn("cat")
            return { child.stdin?.write("text") }
        case .fileHandleStat:
            var opened: FileHandle?
            loop.run { fs.promises.open("/dev/null").then { opened = $0 } }
            guard let file = opened else { throw NodeError("/dev/null did not open") }
            return { _ = file.stat() }
        case .abortControllerAbort:
            let controller = AbortController()
            return { controller.abort() }
        case .abortSignalAddEventListener:
            let controller = AbortController()
            return { controller.signal.addEventListener(.abort) {} }
        case .concurrencyLimit:
            let limit = try ConcurrencyLimit(1)
            return { limit { Promise.resolve(1) } }
        case .promiseQueueAdd:
            let queue = try PromiseQueue()
            return { queue.add { Promise.resolve(1) } }
        case .rateLimiter:
            let limiter = try RateLimiter(limit: 1, interval: 1_000)
            return { limiter { Promise.resolve(1) } }
        case .loopBoundValue:
            let bound = LoopBound(AbortController())
            return { _ = bound.value }
        case .eventLoopStop:
            return { loop.stop() }
        }
    }
}

/// Carries the misuse to a raw pthread. Unchecked on purpose: see ``Misuse/commit()``.
private final class Smuggled: @unchecked Sendable {
    let call: () -> Void
    init(_ call: @escaping () -> Void) { self.call = call }
}
