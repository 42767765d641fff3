/// The per-loop state behind `process`: listeners, the exit code and whether the run is ending.
/// Each loop has its own, as each Node worker has its own `process`.
final class ProcessState {
    var exitCode: Int32?
    /// Node's `process._exiting`: set when `exit` is about to be emitted.
    var isExiting = false
    private let listeners = ListenerList()

    func add<Payload>(_ event: ProcessEvent<Payload>, once: Bool, _ listener: @escaping (Payload) throws -> Void) -> ListenerID {
        listeners.add(event.name, once: once, listener)
    }

    func remove<Payload>(_ event: ProcessEvent<Payload>, _ id: ListenerID) {
        listeners.remove(event.name, id)
    }

    func removeAll<Payload>(_ event: ProcessEvent<Payload>) {
        listeners.removeAll(event.name)
    }

    func removeAllListeners() {
        listeners.removeAll()
    }

    func listenerCount<Payload>(_ event: ProcessEvent<Payload>) -> Int {
        listeners.count(event.name)
    }

    @discardableResult
    func emit<Payload>(_ event: ProcessEvent<Payload>, _ payload: Payload) throws -> Bool {
        try listeners.emit(event.name, payload)
    }
}

/// Identifies one listener added with `process.on` or `process.once`, for `process.off`.
/// (Swift closures cannot be compared, so Node's `removeListener(fn)` takes this token instead.)
public struct ListenerID: Hashable, Sendable {
    let value: Int
}
