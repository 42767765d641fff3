/// The listeners of an object's named events, as Node's `EventEmitter` keeps them: in the order
/// added, `once` listeners removed before they are called, and each `emit` calling the listeners
/// registered when it began. Used by `process`, `Worker` and `MessagePort`, each through typed
/// event names so that a listener's argument type always matches its event.
final class ListenerList {
    private struct Listener {
        let id: Int
        let once: Bool
        let call: (Any) throws -> Void
    }

    private var listeners: [String: [Listener]] = [:]
    private var nextListenerId = 0

    func add<Payload>(_ name: String, once: Bool, _ listener: @escaping (Payload) throws -> Void) -> ListenerID {
        nextListenerId += 1
        let entry = Listener(id: nextListenerId, once: once) { payload in
            // The payload was boxed by `emit` for an event of this same name, and each name has
            // one payload type (the typed event structs), so the cast cannot fail.
            try listener(payload as! Payload)
        }
        listeners[name, default: []].append(entry)
        return ListenerID(value: nextListenerId)
    }

    func remove(_ name: String, _ id: ListenerID) {
        listeners[name]?.removeAll { $0.id == id.value }
    }

    func removeAll(_ name: String) {
        listeners[name] = nil
    }

    func removeAll() {
        listeners.removeAll()
    }

    func count(_ name: String) -> Int {
        listeners[name]?.count ?? 0
    }

    /// Calls the event's listeners in order with `payload`, on a snapshot taken before the
    /// first call (as Node's `emit` does). Returns whether any listener was called.
    @discardableResult
    func emit<Payload>(_ name: String, _ payload: Payload) throws -> Bool {
        guard let snapshot = listeners[name], !snapshot.isEmpty else { return false }
        if snapshot.contains(where: \.once) {
            let onceIds = Set(snapshot.filter(\.once).map(\.id))
            listeners[name]?.removeAll { onceIds.contains($0.id) }
        }
        for listener in snapshot {
            try listener.call(payload)
        }
        return true
    }
}
