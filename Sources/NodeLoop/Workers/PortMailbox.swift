// Rules for a mailbox:
// - `state` is the only state shared between threads; every access holds its mutex.
// - Deliveries wait in `state.queue`, in the order delivered. While a receiving loop is bound,
//   each delivery also queues one job on that loop's executor; the job takes the head of the
//   queue, so the receiver sees deliveries one macrotask each, in order.
// - Binding bumps `generation`. A job queued under an older binding (before the port moved to
//   another loop) finds the generation changed and takes nothing: what it would have taken
//   stays queued for the new binding, so nothing is lost or reordered by a transfer.
// - Once closed (its loop gone, or the receiver done), deliveries are dropped.
// - A `close` delivered while no receiver is bound also goes to the close watcher, if any: a
//   channel port that was never started still hears that the other end closed, as in Node.
// - No other lock is taken while `state`'s mutex is held: what to hand to an executor is
//   decided under the mutex and handed over after it is released. Every job takes the head of
//   the queue, so jobs handed over in a different order than their deliveries were queued still
//   receive the deliveries in order.

/// What crosses between the two ends of a channel (a worker and its parent, or a
/// `MessageChannel`'s ports).
enum PortDelivery: Sendable {
    case message(any Sendable)
    /// The worker has started running its body (the parent's `online` event).
    case online
    /// The worker's run ended with an error nobody handled (the parent's `error` event).
    case error(any Error)
    /// The worker's thread is done, with its exit code (the parent's `exit` event).
    case exit(Int32)
    /// The parent asked the worker to stop (`worker.terminate()`).
    case terminate
    /// The other end of a `MessageChannel` was closed; it comes after that end's last message.
    case close
}

/// The thread-safe way into the receiving end of a channel: deliveries from any thread,
/// received on the receiving loop's thread, in order.
final class PortMailbox: Sendable {
    private struct State: Sendable {
        var queue: [PortDelivery] = []
        var head = 0
        var executor: LoopExecutor?
        var receiver: (@Sendable (PortDelivery) throws -> Void)?
        /// The job each delivery queues on `executor`, made once per binding: handing the
        /// executor the same closure every time allocates nothing per delivery.
        var receiveJob: (@Sendable () throws -> Void)?
        var generation = 0
        var isClosed = false
        var closeWatcher: (executor: LoopExecutor, notify: @Sendable () -> Void)?

        mutating func popFirst() -> PortDelivery? {
            guard head < queue.count else { return nil }
            let delivery = queue[head]
            head += 1
            if head == queue.count {
                queue.removeAll(keepingCapacity: true)
                head = 0
            } else if head >= 1024, head * 2 >= queue.count {
                queue.removeFirst(head)
                head = 0
            }
            return delivery
        }
    }

    private let state = Locked(State())

    /// Hands `delivery` to the receiving loop, or keeps it until a loop binds. Returns false if
    /// the mailbox is closed and the delivery was dropped.
    @discardableResult
    func deliver(_ delivery: PortDelivery) -> Bool {
        // The job comes out through locals, not in the value `withLock` returns: a closure
        // inside a generic result is re-abstracted, which allocates a thunk each way.
        var executor: LoopExecutor?
        var job: (@Sendable () throws -> Void)?
        let accepted = state.withLock { state in
            guard !state.isClosed else { return false }
            state.queue.append(delivery)
            if let bound = state.executor, let receiveJob = state.receiveJob {
                executor = bound
                job = receiveJob
            } else if case .close = delivery, let watcher = state.closeWatcher {
                executor = watcher.executor
                job = watcher.notify
            }
            return true
        }
        if let executor, let job { executor.execute(job) }
        return accepted
    }

    /// Binds the receiving side: `receiver` runs on `executor`'s loop for every delivery, those
    /// waiting first. Called on that loop's thread.
    func bind(to executor: LoopExecutor, receiver: @escaping @Sendable (PortDelivery) throws -> Void) {
        var receiveJob: (@Sendable () throws -> Void)?
        let waiting = state.withLock { state in
            guard !state.isClosed else { return 0 }
            state.generation += 1
            state.executor = executor
            state.receiver = receiver
            let generation = state.generation
            // Weak: the state holds the job, which must not keep its mailbox alive.
            let job: @Sendable () throws -> Void = { [weak self] in try self?.receiveNext(generation) }
            state.receiveJob = job
            receiveJob = job
            return state.queue.count - state.head
        }
        guard let receiveJob else { return }
        for _ in 0..<waiting {
            executor.execute(receiveJob)
        }
    }

    /// Unbinds the receiving side: deliveries wait again, those not yet received included,
    /// until the next ``bind(to:receiver:)``. The close watcher goes too.
    func unbind() {
        state.withLock { state in
            state.generation += 1
            state.executor = nil
            state.receiver = nil
            state.receiveJob = nil
            state.closeWatcher = nil
        }
    }

    /// Runs `notify` on `executor`'s loop when a `close` is delivered while no receiver is bound.
    func watchClose(on executor: LoopExecutor, _ notify: @escaping @Sendable () -> Void) {
        state.withLock { state in
            guard !state.isClosed else { return }
            state.closeWatcher = (executor, notify)
        }
    }

    /// Forgets the close watcher (and what it holds).
    func stopWatchingClose() {
        state.withLock { $0.closeWatcher = nil }
    }

    /// Drops every later delivery.
    func close() {
        state.withLock { state in
            state.isClosed = true
            state.queue.removeAll()
            state.head = 0
            state.receiver = nil
            state.receiveJob = nil
            state.executor = nil
            state.closeWatcher = nil
        }
    }

    /// Receives the oldest delivery, if the binding that queued this job is still current.
    private func receiveNext(_ generation: Int) throws {
        // The receiver comes out through a local, not in the value `withLock` returns: a
        // closure inside a generic result is re-abstracted, which allocates a thunk each way.
        var receiver: (@Sendable (PortDelivery) throws -> Void)?
        let delivery = state.withLock { state -> PortDelivery? in
            guard state.generation == generation, let current = state.receiver,
                  let delivery = state.popFirst() else { return nil }
            receiver = current
            return delivery
        }
        guard let delivery, let receiver else { return }
        try receiver(delivery)
    }
}
