/// The per-loop state behind `process`: listeners, the exit code and whether the run is ending.
/// Each loop has its own, as each Node worker has its own `process`.
final class ProcessState {
    var exitCode: Int32?
    /// Node's `process._exiting`: set when `exit` is about to be emitted.
    var isExiting = false
    private let listeners = ListenerList()
    /// The signal handles, open while their signal events have listeners.
    private let signals: ProcessSignals

    init(loop: EventLoop) {
        signals = ProcessSignals(loop: loop)
    }

    func add<Payload>(_ event: ProcessEvent<Payload>, once: Bool, _ listener: @escaping (Payload) throws -> Void) -> ListenerID {
        defer { listenersChanged(event.name) }
        return listeners.add(event.name, once: once, listener)
    }

    func remove<Payload>(_ event: ProcessEvent<Payload>, _ id: ListenerID) {
        listeners.remove(event.name, id)
        listenersChanged(event.name)
    }

    func removeAll<Payload>(_ event: ProcessEvent<Payload>) {
        listeners.removeAll(event.name)
        listenersChanged(event.name)
    }

    func removeAllListeners() {
        listeners.removeAll()
        signals.closeAll()
    }

    func listenerCount<Payload>(_ event: ProcessEvent<Payload>) -> Int {
        listeners.count(event.name)
    }

    @discardableResult
    func emit<Payload>(_ event: ProcessEvent<Payload>, _ payload: Payload) throws -> Bool {
        // An emit removes the `once` listeners, which may have been the signal's last.
        defer { listenersChanged(event.name) }
        return try listeners.emit(event.name, payload)
    }

    private func listenersChanged(_ name: String) {
        signals.listenersChanged(name, count: listeners.count(name))
    }
}

/// Identifies one listener added with `process.on` or `process.once`, for `process.off`.
/// (Swift closures cannot be compared, so Node's `removeListener(fn)` takes this token instead.)
public struct ListenerID: Hashable, Sendable {
    let value: Int
}
