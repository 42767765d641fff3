#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// A Swift closure running on a thread of its own, with an event loop of its own: Node's
/// `Worker`. It talks to its parent only through messages.
///
/// The parent sees, in this order: `online` when the body starts, every `message` the worker
/// posts (in the order posted), `error` if the worker's run ends with an error nobody handled
/// (an uncaught throw or unhandled rejection), and `exit` with the exit code: 0, the code given
/// to `process.exit` inside the worker, 1 after an error or ``terminate()``, or 0 when
/// ``terminate()`` came before the body started (it then never runs). A running worker
/// keeps its parent's loop alive unless ``unref()`` was called.
///
/// Inside the body, `workerThreads.parentPort`, `workerData` and `threadId` are the worker's,
/// and every NodeLoop API acts on the worker's own loop.
///
/// ```swift
/// let worker = Worker(workerData: 1_000_000) {
///     let limit = workerThreads.workerData as! Int
///     workerThreads.parentPort?.postMessage((1...limit).reduce(0, +))
/// }
/// worker.on(.message) { sum in console.log("sum", sum) }
/// worker.on(.exit) { code in console.log("exit", code) }
/// ```
///
/// Swift cannot pre-empt a running closure: ``terminate()`` stops the worker at its next
/// callback boundary, not in the middle of a computation. Once `exit` has been emitted the
/// worker forgets its listeners, so a listener that captures the worker does not keep it alive.
public final class Worker {
    /// The worker's id, also `workerThreads.threadId` inside it.
    public let threadId: Int

    private let loop: EventLoop
    private let toWorker = PortMailbox()
    private let fromWorker = PortMailbox()
    private let listeners = ListenerList()
    private var keepAlive: KeepAlive?
    private let stopRequest = WorkerStopRequest()
    private var exitCode: Int32?

    /// Starts `body` on a new thread with a loop of its own, as Node's `new Worker(...)`.
    ///
    /// - Parameters:
    ///   - workerData: A value the body reads as `workerThreads.workerData`.
    ///   - body: The worker's script: it runs first, then the worker's loop until nothing is
    ///     left, as `node script.js` would.
    public convenience init(workerData: (any Sendable)? = nil, _ body: @escaping @Sendable () throws -> Void) {
        self.init(workerData: workerData, body, startingThread: WorkerThread.start)
    }

    /// A worker whose thread `startThread` starts: ``WorkerThread/start(_:)``, or, in tests, a
    /// function that holds the launch back to start it later.
    init(
        workerData: (any Sendable)?, _ body: @escaping @Sendable () throws -> Void,
        startingThread startThread: (WorkerLaunch) -> Void
    ) {
        loop = EventLoop.current
        threadId = WorkerThreads.nextThreadId()
        keepAlive = KeepAlive(loop: loop)
        let parentSide = LoopBound(self, loop: loop)
        // The receiver keeps this worker alive until its `exit` arrives, as Node does.
        fromWorker.bind(to: loop.executor) { delivery in try parentSide.value.receive(delivery) }
        _ = loop.executor.addCloseHandler(ObjectIdentifier(self)) { parentSide.value.parentLoopClosed() }
        startThread(WorkerLaunch(
            threadId: threadId, workerData: workerData, body: body, toWorker: toWorker, fromWorker: fromWorker,
            stopRequest: stopRequest
        ))
    }

    /// Sends `message` to the worker's `parentPort`. Dropped once the worker has exited.
    public func postMessage(_ message: any Sendable) {
        loop.owner.check("Worker.postMessage(_:)")
        toWorker.deliver(.message(message))
    }

    /// Asks the worker to stop at its next callback boundary, and refs it, as Node's
    /// `worker.terminate()`.
    ///
    /// The promise is fulfilled with the code the worker exits with, by a once-listener of
    /// `exit` added now (so after the `exit` listeners added before it): 1 for a running worker
    /// stopped, 0 for one stopped before its body started (the body then never runs), or the
    /// code it was exiting with anyway. Once the worker has exited (from its `exit` event on),
    /// there is nothing to stop, and the promise is fulfilled with nil at once (Node:
    /// `undefined`). The worker's own `process` `exit` listeners do not run, as in Node.
    @discardableResult
    public func terminate() -> Promise<Int32?> {
        loop.owner.check("Worker.terminate()")
        ref()
        guard exitCode == nil else { return Promise.resolve(nil) }
        let (promise, resolve, _) = Promise<Int32?>.withResolvers()
        _ = listeners.add(WorkerEvent.exit.name, once: true) { (code: Int32) in resolve(code) }
        stopRequest.request()
        toWorker.deliver(.terminate)
        return promise
    }

    /// Lets the running worker keep its parent's loop alive (the default).
    public func ref() {
        loop.owner.check("Worker.ref()")
        keepAlive?.ref()
    }

    /// Lets the parent's run end while the worker still runs.
    public func unref() {
        loop.owner.check("Worker.unref()")
        keepAlive?.unref()
    }

    /// Adds a listener.
    @discardableResult
    public func on<Payload>(_ event: WorkerEvent<Payload>, _ listener: @escaping (Payload) throws -> Void) -> ListenerID {
        loop.owner.check("Worker.on(_:_:)")
        return listeners.add(event.name, once: false, listener)
    }

    /// Adds a listener that runs once.
    @discardableResult
    public func once<Payload>(_ event: WorkerEvent<Payload>, _ listener: @escaping (Payload) throws -> Void) -> ListenerID {
        loop.owner.check("Worker.once(_:_:)")
        return listeners.add(event.name, once: true, listener)
    }

    /// Removes a listener.
    public func off<Payload>(_ event: WorkerEvent<Payload>, _ id: ListenerID) {
        loop.owner.check("Worker.off(_:_:)")
        listeners.remove(event.name, id)
    }

    private func receive(_ delivery: PortDelivery) throws {
        switch delivery {
        case .online:
            try listeners.emit("online", ())
        case .message(let message):
            try listeners.emit("message", message)
        case .error(let error):
            // An `error` event nobody listens to is thrown, as an EventEmitter's is.
            guard try listeners.emit("error", error) else { throw error }
        case .exit(let code):
            exitCode = code
            keepAlive?.close()
            keepAlive = nil
            toWorker.close()
            fromWorker.close()
            loop.executor.removeCloseHandler(ObjectIdentifier(self))
            // `exit` is the last event: the listeners go after it (docs/architecture.md, "Lifetime").
            defer { listeners.removeAll() }
            try listeners.emit("exit", code)
        case .terminate, .close:
            break
        }
    }

    /// The parent's loop closes while the worker runs: its events can never be delivered. The
    /// worker is asked to stop, as the end of a Node process stops its workers, and this side
    /// lets go of its listeners and its mailbox, which hold it (docs/architecture.md, "Lifetime").
    private func parentLoopClosed() {
        stopRequest.request()
        toWorker.deliver(.terminate)
        fromWorker.close()
        keepAlive?.close()
        keepAlive = nil
        listeners.removeAll()
    }
}

@available(*, unavailable, message: "a Worker belongs to the loop that created it; use postMessage to reach the worker")
extension Worker: Sendable {}

/// The events of a ``Worker``, typed by what their listeners receive.
public struct WorkerEvent<Payload>: Sendable {
    /// The event's name in Node (`"message"`).
    public let name: String
    init(_ name: String) { self.name = name }
}

extension WorkerEvent where Payload == Void {
    /// The worker's body has started.
    public static var online: Self { Self("online") }
}

extension WorkerEvent where Payload == any Sendable {
    /// A message the worker posted with `parentPort.postMessage`.
    public static var message: Self { Self("message") }
}

extension WorkerEvent where Payload == any Error {
    /// The worker's run ended with an error nobody handled; `exit` (code 1) follows.
    public static var error: Self { Self("error") }
}

extension WorkerEvent where Payload == Int32 {
    /// The worker has stopped, with its exit code.
    public static var exit: Self { Self("exit") }
}

/// Everything a worker's thread needs, handed over when it starts.
struct WorkerLaunch: Sendable {
    let threadId: Int
    let workerData: (any Sendable)?
    let body: @Sendable () throws -> Void
    let toWorker: PortMailbox
    let fromWorker: PortMailbox
    let stopRequest: WorkerStopRequest
}

/// Set by ``Worker/terminate()`` on the parent's thread, read by the worker's thread before its
/// body starts: a worker terminated that early never runs its body, as in Node.
final class WorkerStopRequest: Sendable {
    private let requested = Atomic<Bool>(false)

    func request() { requested.store(true, ordering: .releasing) }

    var isRequested: Bool { requested.load(ordering: .acquiring) }
}

/// The thread a worker runs on: a fresh loop, the body, the loop until it ends, then `exit`.
enum WorkerThread {
    static func start(_ launch: WorkerLaunch) {
        final class Box: Sendable {
            let launch: WorkerLaunch
            init(_ launch: WorkerLaunch) { self.launch = launch }
        }
        var thread = pthread_t()
        let context = Unmanaged.passRetained(Box(launch)).toOpaque()
        let status = pthread_create(&thread, nil, { context in
            guard let context else { return nil }
            let launch = Unmanaged<Box>.fromOpaque(context).takeRetainedValue().launch
            WorkerThread.run(launch)
            return nil
        }, context)
        if status != 0 {
            Unmanaged<Box>.fromOpaque(context).release()
            launch.fromWorker.deliver(.error(NodeError("the worker thread could not start", code: "ERR_WORKER_INIT_FAILED")))
            launch.fromWorker.deliver(.exit(1))
            return
        }
        pthread_detach(thread)
    }

    private static func run(_ launch: WorkerLaunch) {
        // Node stops a worker terminated before its script starts without running it: no
        // `online`, exit code 0.
        if launch.stopRequest.isRequested {
            launch.toWorker.close()
            launch.fromWorker.deliver(.exit(0))
            return
        }
        let loop = EventLoop()
        let parentPort = MessagePort(loop: loop, outgoing: launch.fromWorker)
        loop.workerContext = WorkerContext(
            threadId: launch.threadId, workerData: launch.workerData, parentPort: parentPort, parent: launch.fromWorker
        )
        let code = loop.run {
            let port = LoopBound(parentPort, loop: loop)
            let workerLoop = LoopBound(loop, loop: loop)
            launch.toWorker.bind(to: loop.executor) { delivery in
                switch delivery {
                case .message(let message): try port.value.receive(message)
                case .terminate: workerLoop.value.halt(code: 1)
                case .online, .error, .exit, .close: break
                }
            }
            launch.fromWorker.deliver(.online)
            try launch.body()
        }
        launch.toWorker.close()
        loop.workerContext = nil
        do {
            try loop.close()
        } catch {
            console.error("NodeLoop: worker \(launch.threadId): \(error)")
        }
        launch.fromWorker.deliver(.exit(code))
    }
}
