/// The listeners of an object's named events, as Node's `EventEmitter` keeps them: in the order
/// added (or at the front, when prepended), `once` listeners removed before they are called, and
/// each `emit` calling the listeners registered when it began. Event names keep the order in
/// which they first got a listener. Used by ``EventEmitter``, `process`, `Worker` and
/// `MessagePort`, each through typed event names so that a listener's argument type matches its
/// event.
final class ListenerList {
    struct Listener {
        let id: Int
        let once: Bool
        let call: (Any) throws -> Void
    }

    // Used on its owner's thread only, and no mutation of these calls a listener: no runtime
    // exclusivity checks (every emit reads them; see docs/performance.md).
    @exclusivity(unchecked) private var listeners: [String: [Listener]] = [:]
    /// Names with listeners, in the order they got their first one.
    @exclusivity(unchecked) private(set) var names: [String] = []
    @exclusivity(unchecked) private var nextListenerId = 0

    func add<Payload>(_ name: String, once: Bool, prepend: Bool = false, _ listener: @escaping (Payload) throws -> Void) -> ListenerID {
        nextListenerId += 1
        let entry = Listener(id: nextListenerId, once: once) { payload in
            // A listener that takes no value ignores what the event carries, as a JavaScript
            // function without parameters does (`socket.on('close', () => ...)`).
            if Payload.self == Void.self { return try listener(() as! Payload) }
            // Each name has one payload type (the typed event names), so a mismatch means two
            // event values spelled the same name with different types.
            guard let payload = payload as? Payload else {
                throw NodeError(
                    "The \"\(name)\" listener expects \(Payload.self), not \(type(of: payload))",
                    name: "TypeError",
                    code: "ERR_INVALID_ARG_TYPE"
                )
            }
            try listener(payload)
        }
        if listeners[name] == nil { names.append(name) }
        if prepend {
            listeners[name, default: []].insert(entry, at: 0)
        } else {
            listeners[name, default: []].append(entry)
        }
        return ListenerID(value: nextListenerId)
    }

    /// Removes one listener; returns whether it was there.
    @discardableResult
    func remove(_ name: String, _ id: ListenerID) -> Bool {
        guard let index = listeners[name]?.firstIndex(where: { $0.id == id.value }) else { return false }
        listeners[name]?.remove(at: index)
        if listeners[name]?.isEmpty == true { forget(name) }
        return true
    }

    func removeAll(_ name: String) {
        forget(name)
    }

    func removeAll() {
        listeners.removeAll()
        names.removeAll()
    }

    func count(_ name: String) -> Int {
        listeners[name]?.count ?? 0
    }

    /// The listeners of `name`, in calling order.
    func entries(_ name: String) -> [Listener] {
        listeners[name] ?? []
    }

    /// Calls the event's listeners in order with `payload`, on a snapshot taken before the
    /// first call (as Node's `emit` does). Returns whether any listener was called.
    @discardableResult
    func emit<Payload>(_ name: String, _ payload: Payload) throws -> Bool {
        guard let snapshot = listeners[name], !snapshot.isEmpty else { return false }
        if snapshot.contains(where: \.once) {
            let onceIds = Set(snapshot.filter(\.once).map(\.id))
            listeners[name]?.removeAll { onceIds.contains($0.id) }
            if listeners[name]?.isEmpty == true { forget(name) }
        }
        for listener in snapshot {
            try listener.call(payload)
        }
        return true
    }

    private func forget(_ name: String) {
        listeners[name] = nil
        names.removeAll { $0 == name }
    }
}
