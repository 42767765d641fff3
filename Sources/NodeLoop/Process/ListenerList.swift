/// The listeners of an object's named events, as Node's `EventEmitter` keeps them: in the order
/// added (or at the front, when prepended), `once` listeners removed before they are called, and
/// each `emit` calling the listeners registered when it began. Event names keep the order in
/// which they first got a listener. Used by ``EventEmitter``, `process`, `Worker` and
/// `MessagePort`, each through typed event names so that a listener's argument type matches its
/// event.
///
/// Emitting is on every data event of a stream, so it avoids the costs that showed in profiles
/// (docs/performance.md): the names sit in an array searched from the start (an emitter has a
/// handful, and comparing a short name is cheaper than hashing it), and a listener keeps the
/// function as added, so an emit whose payload type is the listener's calls it without boxing
/// the payload in an `Any` and casting it back.
final class ListenerList {
    struct Listener {
        let id: Int
        let once: Bool
        let body: any ListenerBody

        /// Calls the listener with `payload`: directly when the listener takes this payload
        /// type, otherwise as ``ListenerBody/call(casting:)`` does.
        func call<Payload>(_ payload: Payload) throws {
            if let typed = body as? TypedListener<Payload> { return try typed.function(payload) }
            try body.call(casting: payload)
        }
    }

    // Used on its owner's thread only, and no mutation of these calls a listener: no runtime
    // exclusivity checks (every emit reads them; see docs/performance.md).
    /// Each name with listeners and its listeners in calling order, names in the order they got
    /// their first listener.
    @exclusivity(unchecked) private var events: [(name: String, listeners: [Listener])] = []
    @exclusivity(unchecked) private var nextListenerId = 0

    /// Names with listeners, in the order they got their first one.
    var names: [String] { events.map(\.name) }

    private func index(of name: String) -> Int? {
        events.firstIndex { $0.name == name }
    }

    func add<Payload>(_ name: String, once: Bool, prepend: Bool = false, _ listener: @escaping (Payload) throws -> Void) -> ListenerID {
        nextListenerId += 1
        let entry = Listener(id: nextListenerId, once: once, body: TypedListener(name: name, function: listener))
        if let index = index(of: name) {
            if prepend { events[index].listeners.insert(entry, at: 0) } else { events[index].listeners.append(entry) }
        } else {
            events.append((name, [entry]))
        }
        return ListenerID(value: nextListenerId)
    }

    /// Removes one listener; returns whether it was there.
    @discardableResult
    func remove(_ name: String, _ id: ListenerID) -> Bool {
        guard let index = index(of: name),
              let position = events[index].listeners.firstIndex(where: { $0.id == id.value }) else { return false }
        events[index].listeners.remove(at: position)
        if events[index].listeners.isEmpty { events.remove(at: index) }
        return true
    }

    func removeAll(_ name: String) {
        if let index = index(of: name) { events.remove(at: index) }
    }

    func removeAll() {
        events.removeAll()
    }

    func count(_ name: String) -> Int {
        index(of: name).map { events[$0].listeners.count } ?? 0
    }

    /// The listeners of `name`, in calling order.
    func entries(_ name: String) -> [Listener] {
        index(of: name).map { events[$0].listeners } ?? []
    }

    /// Calls the event's listeners in order with `payload`, on a snapshot taken before the
    /// first call (as Node's `emit` does). Returns whether any listener was called.
    @discardableResult
    func emit<Payload>(_ name: String, _ payload: Payload) throws -> Bool {
        guard let index = index(of: name) else { return false }
        let snapshot = events[index].listeners
        if snapshot.contains(where: \.once) {
            events[index].listeners.removeAll { $0.once }
            if events[index].listeners.isEmpty { events.remove(at: index) }
        }
        for listener in snapshot {
            try listener.call(payload)
        }
        return true
    }
}

/// A listener's function as it was added, whatever its payload type.
protocol ListenerBody: AnyObject {
    /// Calls the function with a payload of another type than the one it takes: a function that
    /// takes no value ignores it, as a JavaScript function without parameters does
    /// (`socket.on('close', () => ...)`); otherwise the payload is cast to the function's type.
    ///
    /// - Throws: what the function throws; `ERR_INVALID_ARG_TYPE` when the cast fails, which
    ///   means two event values spelled the same name with different types.
    func call(casting payload: Any) throws
}

/// A listener's function with the payload type it takes.
final class TypedListener<Payload>: ListenerBody {
    let name: String
    let function: (Payload) throws -> Void

    init(name: String, function: @escaping (Payload) throws -> Void) {
        self.name = name
        self.function = function
    }

    func call(casting payload: Any) throws {
        if Payload.self == Void.self { return try function(() as! Payload) }
        guard let payload = payload as? Payload else {
            throw NodeError(
                "The \"\(name)\" listener expects \(Payload.self), not \(type(of: payload))",
                name: "TypeError",
                code: "ERR_INVALID_ARG_TYPE"
            )
        }
        try function(payload)
    }
}
