// `events.once(emitter, name)` and `events.on(emitter, name)`: an emitter's events as a promise
// and as an async sequence.

extension EventEmitter {
    /// A promise fulfilled with the next `event` (Node's `events.once(emitter, name)`), rejected
    /// if the emitter emits `error` first, or with an ``AbortError`` when `signal` aborts.
    public static func once<Payload>(_ emitter: EventEmitter, _ event: EventName<Payload>, signal: AbortSignal? = nil) -> Promise<Payload> {
        if let signal, signal.aborted {
            return Promise.reject(AbortError(cause: signal.reason))
        }
        let (promise, resolve, reject) = Promise<Payload>.withResolvers()
        var eventListener: ListenerID?
        var errorListener: ListenerID?
        var abortListener: ListenerID?
        func cleanUp() {
            if let eventListener { emitter.off(event, eventListener) }
            if let errorListener { emitter.off(.error, errorListener) }
            if let signal, let abortListener { signal.removeEventListener(.abort, abortListener) }
        }
        eventListener = emitter.once(event) { payload in
            cleanUp()
            resolve(payload)
        }
        if event.name != EventName<any Error>.error.name {
            errorListener = emitter.once(.error) { error in
                cleanUp()
                reject(error)
            }
        }
        if let signal {
            abortListener = signal.addEventListener(.abort, once: true) { [unowned signal] in
                cleanUp()
                reject(AbortError(cause: signal.reason))
            }
        }
        return promise
    }

    /// Every later `event` as an async sequence (Node's `events.on(emitter, name)`): events
    /// emitted while the loop body is busy wait in order; an `error` ends the iteration with
    /// that error; leaving the loop removes the listeners. Iterate it on the emitter's loop.
    public static func on<Payload>(_ emitter: EventEmitter, _ event: EventName<Payload>) -> EventSequence<Payload> {
        EventSequence(emitter: emitter, event: event)
    }
}

/// The events of one name as an `AsyncSequence`; see ``EventEmitter/on(_:_:)``.
public struct EventSequence<Payload>: AsyncSequence {
    public typealias Element = Payload

    let emitter: EventEmitter
    let event: EventName<Payload>

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(queue: EventQueue(emitter: emitter, event: event))
    }

    /// Yields the events in the order emitted.
    public struct AsyncIterator: AsyncIteratorProtocol {
        let queue: EventQueue<Payload>

        public mutating func next() async throws -> Payload? {
            try await queue.next()
        }
    }
}

/// The listeners and the waiting events behind one iteration of an ``EventSequence``.
final class EventQueue<Payload> {
    private let emitter: EventEmitter
    private let event: EventName<Payload>
    private var waiting: [Payload] = []
    private var failure: (any Error)?
    private var pending: (resolve: PromiseResolver<Void>, reject: PromiseRejecter)?
    private var listenerIds: (event: ListenerID, error: ListenerID?)?

    init(emitter: EventEmitter, event: EventName<Payload>) {
        self.emitter = emitter
        self.event = event
        let eventId = emitter.on(event) { [weak self] payload in self?.push(payload) }
        var errorId: ListenerID?
        if event.name != EventName<any Error>.error.name {
            errorId = emitter.on(.error) { [weak self] error in self?.fail(error) }
        }
        listenerIds = (eventId, errorId)
    }

    deinit {
        removeListeners()
    }

    func next() async throws -> Payload? {
        while waiting.isEmpty {
            if let failure {
                removeListeners()
                throw failure
            }
            let (arrival, resolve, reject) = Promise<Void>.withResolvers()
            pending = (resolve, reject)
            try await arrival.value
        }
        return waiting.removeFirst()
    }

    private func push(_ payload: Payload) {
        waiting.append(payload)
        wake()
    }

    private func fail(_ error: any Error) {
        failure = error
        wake()
    }

    private func wake() {
        guard let pending else { return }
        self.pending = nil
        pending.resolve(())
    }

    private func removeListeners() {
        guard let ids = listenerIds else { return }
        listenerIds = nil
        emitter.off(event, ids.event)
        if let errorId = ids.error { emitter.off(.error, errorId) }
    }
}
