// Rules for a mailbox:
// - `state` is the only state shared between threads; every access holds its mutex.
// - Until the receiving side binds its loop, deliveries wait in `pending`; binding hands them,
//   in order, to the loop's executor, and every later delivery goes straight there. The
//   executor runs each as its own macrotask, in the order delivered, so messages from one
//   sender arrive in order.
// - Once closed (its loop gone, or the receiver done), deliveries are dropped.

/// What crosses between a worker and its parent.
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
}

/// The thread-safe way into the receiving end of a worker's channel: deliveries from any
/// thread, received on the receiving loop's thread, in order.
final class PortMailbox: Sendable {
    private struct State: Sendable {
        var pending: [PortDelivery] = []
        var executor: LoopExecutor?
        var receiver: (@Sendable (PortDelivery) throws -> Void)?
        var isClosed = false
    }

    private let state = Locked(State())

    /// Hands `delivery` to the receiving loop, or keeps it until that loop binds. Returns
    /// false if the mailbox is closed and the delivery was dropped.
    @discardableResult
    func deliver(_ delivery: PortDelivery) -> Bool {
        state.withLock { state in
            guard !state.isClosed else { return false }
            guard let executor = state.executor, let receiver = state.receiver else {
                state.pending.append(delivery)
                return true
            }
            return executor.execute { try receiver(delivery) }
        }
    }

    /// Binds the receiving side: `receiver` runs on `executor`'s loop for every delivery, those
    /// waiting first. Called on that loop's thread.
    func bind(to executor: LoopExecutor, receiver: @escaping @Sendable (PortDelivery) throws -> Void) {
        state.withLock { state in
            state.executor = executor
            state.receiver = receiver
            for delivery in state.pending {
                executor.execute { try receiver(delivery) }
            }
            state.pending.removeAll()
        }
    }

    /// Drops every later delivery.
    func close() {
        state.withLock { state in
            state.isClosed = true
            state.pending.removeAll()
            state.receiver = nil
            state.executor = nil
        }
    }
}
