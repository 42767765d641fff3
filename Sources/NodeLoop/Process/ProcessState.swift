/// The per-loop state behind `process`: listeners, the exit code and whether the run is ending.
/// Each loop has its own, as each Node worker has its own `process`.
final class ProcessState {
    var exitCode: Int32?
    /// Node's `process._exiting`: set when `exit` is about to be emitted.
    var isExiting = false
    private var listeners: [String: [Listener]] = [:]
    private var nextListenerId = 0

    private struct Listener {
        let id: Int
        let once: Bool
        let call: (Any) throws -> Void
    }

    func add<Payload>(_ event: ProcessEvent<Payload>, once: Bool, _ listener: @escaping (Payload) throws -> Void) -> ListenerID {
        nextListenerId += 1
        let entry = Listener(id: nextListenerId, once: once) { payload in
            // The payload was boxed by `emit` for this same event, so the cast cannot fail.
            try listener(payload as! Payload)
        }
        listeners[event.name, default: []].append(entry)
        return ListenerID(value: nextListenerId)
    }

    func remove<Payload>(_ event: ProcessEvent<Payload>, _ id: ListenerID) {
        listeners[event.name]?.removeAll { $0.id == id.value }
    }

    func removeAll<Payload>(_ event: ProcessEvent<Payload>) {
        listeners[event.name] = nil
    }

    func removeAllListeners() {
        listeners.removeAll()
    }

    func listenerCount<Payload>(_ event: ProcessEvent<Payload>) -> Int {
        listeners[event.name]?.count ?? 0
    }

    /// Calls the event's listeners in order with `payload`, on a snapshot taken before the
    /// first call (as Node's `emit` does). Returns whether any listener was called.
    @discardableResult
    func emit<Payload>(_ event: ProcessEvent<Payload>, _ payload: Payload) throws -> Bool {
        guard let snapshot = listeners[event.name], !snapshot.isEmpty else { return false }
        if snapshot.contains(where: \.once) {
            let onceIds = Set(snapshot.filter(\.once).map(\.id))
            listeners[event.name]?.removeAll { onceIds.contains($0.id) }
        }
        for listener in snapshot {
            try listener.call(payload)
        }
        return true
    }
}

/// Identifies one listener added with `process.on` or `process.once`, for `process.off`.
/// (Swift closures cannot be compared, so Node's `removeListener(fn)` takes this token instead.)
public struct ListenerID: Hashable, Sendable {
    let value: Int
}
