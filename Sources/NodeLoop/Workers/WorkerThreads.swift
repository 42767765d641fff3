import Synchronization

/// Node's `worker_threads` module, seen from the calling thread's loop: whether this is the main
/// thread, and inside a worker its `parentPort`, `workerData` and `threadId`.
///
/// ```swift
/// let worker = Worker(workerData: 20) {
///     let n = workerThreads.workerData as! Int
///     workerThreads.parentPort?.postMessage(n * 2)
/// }
/// worker.on(.message) { console.log("result", $0) }
/// ```
public let workerThreads = WorkerThreads()

/// The type of ``workerThreads``.
public struct WorkerThreads: Sendable {
    /// False inside a worker's body (and everything it runs), true elsewhere.
    public var isMainThread: Bool { EventLoop.currentIfAny?.workerContext == nil }

    /// Inside a worker, its end of the channel to the parent; nil elsewhere.
    public var parentPort: MessagePort? { EventLoop.currentIfAny?.workerContext?.parentPort }

    /// Inside a worker, the value its parent passed as `workerData`; nil elsewhere.
    public var workerData: (any Sendable)? { EventLoop.currentIfAny?.workerContext?.workerData }

    /// Inside a worker, its id (1, 2, ... in creation order, as in Node); 0 elsewhere.
    public var threadId: Int { EventLoop.currentIfAny?.workerContext?.threadId ?? 0 }

    private static let lastThreadId = Atomic<Int>(0)

    static func nextThreadId() -> Int {
        lastThreadId.add(1, ordering: .relaxed).newValue
    }
}

/// What a worker's loop knows about being a worker.
final class WorkerContext {
    let threadId: Int
    let workerData: (any Sendable)?
    let parentPort: MessagePort
    /// The parent's side: where `online`, `error` and `exit` go.
    let parent: PortMailbox

    init(threadId: Int, workerData: (any Sendable)?, parentPort: MessagePort, parent: PortMailbox) {
        self.threadId = threadId
        self.workerData = workerData
        self.parentPort = parentPort
        self.parent = parent
    }
}
