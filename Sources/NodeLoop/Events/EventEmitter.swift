import Synchronization

/// Node's `EventEmitter`: named events with listeners, typed in Swift by ``EventName``.
///
/// Subclass it (as Node classes extend `EventEmitter`) or use it as it is. It behaves as Node's:
/// listeners run synchronously in the order added (``prependListener(_:_:)`` puts one first);
/// `once` listeners are removed (emitting `removeListener`) before they run; listeners added or
/// removed during an `emit` do not change that `emit`; `newListener` is emitted before a
/// listener is added and `removeListener` after one is removed; emitting `error` with no
/// `error` listener throws the error (after the `errorMonitor` listeners); more than
/// ``getMaxListeners()`` listeners for one event prints Node's `MaxListenersExceededWarning`
/// once.
///
/// ```swift
/// let emitter = EventEmitter()
/// let id = emitter.on(.data) { chunk in console.log("got", chunk) }
/// emitter.emit(.data, "hello")     // got hello, returns true
/// emitter.off(.data, id)
/// ```
///
/// Swift closures cannot be compared, so `on` returns a ``ListenerID`` that `off` takes in place
/// of the function.
///
/// An emitter belongs to the thread that created it (its loop's thread), as everything on a loop
/// does: its methods stop the process with a message when called from another thread.
open class EventEmitter {
    /// Node's `EventEmitter.defaultMaxListeners`, for every emitter in the process.
    public static var defaultMaxListeners: Int {
        get { defaultLimit.load(ordering: .relaxed) }
        set { defaultLimit.store(newValue, ordering: .relaxed) }
    }

    private static let defaultLimit = Atomic<Int>(10)

    /// The thread the emitter was created on; every public method checks it.
    let owner = OwnerThread()
    private let listeners = ListenerList()
    private var maxListeners: Int?
    private var warnedNames: Set<String> = []

    public init() {}

    // MARK: Adding

    /// Adds `listener` at the end of the event's list (Node's `on` / `addListener`).
    ///
    /// The generic methods here yield to a subclass's methods for its own typed events (a
    /// stream's `data` listener takes the stream's chunk type), hence `@_disfavoredOverload`.
    @discardableResult @_disfavoredOverload
    public func on<Payload>(_ event: EventName<Payload>, _ listener: @escaping (Payload) throws -> Void) -> ListenerID {
        add("EventEmitter.on", event, once: false, prepend: false, listener)
    }

    /// The same as ``on(_:_:)``.
    @discardableResult @_disfavoredOverload
    public func addListener<Payload>(_ event: EventName<Payload>, _ listener: @escaping (Payload) throws -> Void) -> ListenerID {
        add("EventEmitter.addListener", event, once: false, prepend: false, listener)
    }

    /// Adds `listener` for the next emit only.
    @discardableResult @_disfavoredOverload
    public func once<Payload>(_ event: EventName<Payload>, _ listener: @escaping (Payload) throws -> Void) -> ListenerID {
        add("EventEmitter.once", event, once: true, prepend: false, listener)
    }

    /// Adds `listener` at the front of the event's list.
    @discardableResult @_disfavoredOverload
    public func prependListener<Payload>(_ event: EventName<Payload>, _ listener: @escaping (Payload) throws -> Void) -> ListenerID {
        add("EventEmitter.prependListener", event, once: false, prepend: true, listener)
    }

    /// Adds `listener` at the front of the event's list, for the next emit only.
    @discardableResult @_disfavoredOverload
    public func prependOnceListener<Payload>(_ event: EventName<Payload>, _ listener: @escaping (Payload) throws -> Void) -> ListenerID {
        add("EventEmitter.prependOnceListener", event, once: true, prepend: true, listener)
    }

    private func add<Payload>(
        _ api: StaticString,
        _ event: EventName<Payload>,
        once: Bool,
        prepend: Bool,
        _ listener: @escaping (Payload) throws -> Void
    ) -> ListenerID {
        owner.check(api)
        if listeners.count(EventName<String>.newListener.name) > 0 {
            // A throwing `newListener` listener propagates, as in Node; it cannot here, so it is
            // reported as uncaught instead.
            do { _ = try emit(.newListener, event.name) } catch { EventLoop.current.handleUncaught(error) }
        }
        let id = listeners.add(event.name, once: once, prepend: prepend, listener)
        warnIfTooMany(event.name)
        listenerAdded(named: event.name)
        return id
    }

    /// Called after a listener is added, for subclasses in NodeLoop that start work when
    /// someone listens (a child's output stream starts flowing at its first `data` listener).
    func listenerAdded(named name: String) {}

    // MARK: Removing

    /// Removes one listener (Node's `off` / `removeListener`) and emits `removeListener`.
    public func off<Payload>(_ event: EventName<Payload>, _ id: ListenerID) {
        owner.check("EventEmitter.off")
        guard listeners.remove(event.name, id) else { return }
        emitRemoved(event.name)
    }

    /// The same as ``off(_:_:)``.
    public func removeListener<Payload>(_ event: EventName<Payload>, _ id: ListenerID) {
        off(event, id)
    }

    /// Removes every listener of `event`, emitting `removeListener` for each, last first.
    public func removeAllListeners<Payload>(_ event: EventName<Payload>) {
        owner.check("EventEmitter.removeAllListeners")
        removeAll(named: event.name)
    }

    /// Removes every listener of every event; the `removeListener` listeners go last.
    public func removeAllListeners() {
        owner.check("EventEmitter.removeAllListeners")
        let removeName = EventName<String>.removeListener.name
        for name in listeners.names where name != removeName {
            removeAll(named: name)
        }
        listeners.removeAll(removeName)
    }

    /// Forgets every listener without emitting `removeListener`: for NodeLoop's emitters once
    /// they have reached their final state (a child's `close`, a closed stream), whose listeners
    /// can never be called again and must not keep alive what they capture (docs/architecture.md,
    /// "Lifetime").
    func releaseListeners() {
        listeners.removeAll()
    }

    private func removeAll(named name: String) {
        let entries = listeners.entries(name)
        guard listeners.count(EventName<String>.removeListener.name) > 0 else {
            listeners.removeAll(name)
            return
        }
        for entry in entries.reversed() {
            listeners.remove(name, ListenerID(value: entry.id))
            emitRemoved(name)
        }
    }

    private func emitRemoved(_ name: String) {
        do { _ = try emit(.removeListener, name) } catch { EventLoop.current.handleUncaught(error) }
    }

    // MARK: Emitting

    /// Calls the event's listeners synchronously, in order, with `payload`; returns whether it
    /// had any. An `error` event with no `error` listener throws its error.
    @discardableResult
    public func emit<Payload>(_ event: EventName<Payload>, _ payload: Payload) throws -> Bool {
        owner.check("EventEmitter.emit")
        if event.name == EventName<any Error>.error.name, let error = payload as? any Error {
            _ = try dispatch(EventName<any Error>.errorMonitor.name, error)
            guard try dispatch(event.name, payload) else {
                // Node wraps a thrown value that is not an error object.
                if let value = error as? ThrownValue {
                    throw NodeError("Unhandled error. (\(inspect(value.value, topLevel: false)))", code: "ERR_UNHANDLED_ERROR")
                }
                throw error
            }
            return true
        }
        return try dispatch(event.name, payload)
    }

    /// Emits an event whose listeners take no value.
    @discardableResult
    public func emit(_ event: EventName<Void>) throws -> Bool {
        try emit(event, ())
    }

    private func dispatch<Payload>(_ name: String, _ payload: Payload) throws -> Bool {
        let snapshot = listeners.entries(name)
        guard !snapshot.isEmpty else { return false }
        for entry in snapshot {
            if entry.once {
                guard listeners.remove(name, ListenerID(value: entry.id)) else { continue }
                emitRemoved(name)
            }
            try entry.call(payload)
        }
        return true
    }

    // MARK: Inspecting

    /// How many listeners `event` has.
    public func listenerCount<Payload>(_ event: EventName<Payload>) -> Int {
        owner.check("EventEmitter.listenerCount")
        return listeners.count(event.name)
    }

    /// The event's listeners, in calling order, each calling the listener as `emit` would but
    /// without removing a `once` listener (Node's `listeners`, which unwraps them).
    public func listeners<Payload>(_ event: EventName<Payload>) -> [(Payload) throws -> Void] {
        owner.check("EventEmitter.listeners")
        return listeners.entries(event.name).map { entry in { payload in try entry.call(payload) } }
    }

    /// The event's listeners as `emit` holds them (Node's `rawListeners`): calling a `once`
    /// listener's entry removes it (emitting `removeListener`) and then calls it, the first time
    /// only, as Node's once wrapper does.
    public func rawListeners<Payload>(_ event: EventName<Payload>) -> [(Payload) throws -> Void] {
        owner.check("EventEmitter.rawListeners")
        let name = event.name
        return listeners.entries(name).map { entry in
            guard entry.once else { return { payload in try entry.call(payload) } }
            return { [weak self] payload in
                guard let self, self.listeners.remove(name, ListenerID(value: entry.id)) else { return }
                self.emitRemoved(name)
                try entry.call(payload)
            }
        }
    }

    /// The names of the events that have listeners, in the order they got their first one.
    public func eventNames() -> [String] {
        owner.check("EventEmitter.eventNames")
        return listeners.names
    }

    /// Sets the listener count per event above which a warning is printed; 0 means no limit.
    ///
    /// - Throws: Node's `RangeError [ERR_OUT_OF_RANGE]` for a negative count.
    @discardableResult
    public func setMaxListeners(_ count: Int) throws -> Self {
        owner.check("EventEmitter.setMaxListeners")
        guard count >= 0 else { throw NodeError.outOfRange("setMaxListeners", mustBe: ">= 0", received: Int64(count)) }
        maxListeners = count
        return self
    }

    /// The listener count per event above which a warning is printed.
    public func getMaxListeners() -> Int {
        owner.check("EventEmitter.getMaxListeners")
        return maxListeners ?? Self.defaultMaxListeners
    }

    private func warnIfTooMany(_ name: String) {
        let limit = getMaxListeners()
        let count = listeners.count(name)
        guard limit > 0, count > limit, !warnedNames.contains(name) else { return }
        warnedNames.insert(name)
        EventLoop.current.emitWarning(
            "Possible EventEmitter memory leak detected. \(count) \(name) listeners added to [\(type(of: self))]. MaxListeners is \(limit). Use emitter.setMaxListeners() to increase limit",
            type: "MaxListenersExceededWarning"
        )
    }
}
