// `events.once(emitter, name)` and `events.on(emitter, name)`: an emitter's events as a promise
// and as an async sequence.

extension EventEmitter {
    /// A promise fulfilled with the next `event` (Node's `events.once(emitter, name)`), rejected
    /// if the emitter emits `error` first, or with an ``AbortError`` when `signal` aborts.
    ///
    /// Node's `once` is an async function that returns a promise, so its result settles two
    /// jobs after the event; this one keeps that timing. An already aborted `signal` rejects
    /// at once, as the async function's throw does.
    public static func once<Payload>(_ emitter: EventEmitter, _ event: EventName<Payload>, signal: AbortSignal? = nil) -> Promise<Payload> {
        if let signal, signal.aborted {
            return Promise.reject(AbortError(cause: signal.reason))
        }
        let (returned, resolveReturned, _) = Promise<Payload>.withResolvers()
        resolveReturned(waitForOnce(emitter, event, signal: signal))
        return returned
    }

    /// The promise `events.once` builds inside its async function.
    private static func waitForOnce<Payload>(_ emitter: EventEmitter, _ event: EventName<Payload>, signal: AbortSignal?) -> Promise<Payload> {
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

    /// Every later `event` as an async sequence (Node's `events.on(emitter, name, options)`):
    /// events emitted while the loop body is busy wait in order; an `error` ends the iteration
    /// with that error; leaving the loop removes the listeners. Iterate it on the emitter's loop.
    ///
    /// - Parameters:
    ///   - emitter: the emitter to listen to.
    ///   - event: the event whose values the sequence yields.
    ///   - close: names of events that end the iteration once the events already waiting have
    ///     been delivered (Node's `close` option); their values are ignored, so any event type
    ///     can end it.
    ///   - signal: aborting it ends the iteration with an ``AbortError`` after the events already
    ///     waiting.
    ///
    /// ```swift
    /// for try await chunk in EventEmitter.on(stream, .data, close: ["end"]) {
    ///     console.log(chunk)
    /// }
    /// ```
    public static func on<Payload>(
        _ emitter: EventEmitter,
        _ event: EventName<Payload>,
        close: [String] = [],
        signal: AbortSignal? = nil
    ) -> EventSequence<Payload> {
        EventSequence(emitter: emitter, event: event, closeNames: close, signal: signal)
    }
}

/// The events of one name as an `AsyncSequence`; see ``EventEmitter/on(_:_:close:signal:)``.
public struct EventSequence<Payload>: AsyncSequence {
    public typealias Element = Payload

    let emitter: EventEmitter
    let event: EventName<Payload>
    let closeNames: [String]
    let signal: AbortSignal?

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(queue: EventQueue(emitter: emitter, event: event, closeNames: closeNames, signal: signal))
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
///
/// Waiting events always come first; after them the iteration ends with the error (an `error`
/// event or an abort) or, once a close event has come, normally.
final class EventQueue<Payload> {
    private enum Ending {
        case failed(any Error)
        case closed
    }

    private let emitter: EventEmitter
    private let event: EventName<Payload>
    private var waiting: [Payload] = []
    private var ending: Ending?
    private var pending: PromiseResolver<Void>?
    private var listenerIds: [(name: String, id: ListenerID)] = []
    private var abortSubscription: (signal: AbortSignal, id: ListenerID)?

    init(emitter: EventEmitter, event: EventName<Payload>, closeNames: [String], signal: AbortSignal?) {
        self.emitter = emitter
        self.event = event
        if let signal, signal.aborted {
            ending = .failed(AbortError(cause: signal.reason))
            return
        }
        listen(event) { [weak self] payload in self?.push(payload) }
        if event.name != EventName<any Error>.error.name {
            listen(.error) { [weak self] error in self?.end(.failed(error)) }
        }
        for name in closeNames {
            listen(EventName<Any>(name)) { [weak self] _ in self?.end(.closed) }
        }
        if let signal {
            let id = signal.addEventListener(.abort, once: true) { [weak self, unowned signal] in
                self?.end(.failed(AbortError(cause: signal.reason)))
            }
            abortSubscription = (signal, id)
        }
    }

    deinit {
        removeListeners()
    }

    func next() async throws -> Payload? {
        while waiting.isEmpty {
            switch ending {
            case .failed(let error):
                removeListeners()
                ending = .closed
                throw error
            case .closed:
                removeListeners()
                return nil
            case nil:
                let (arrival, resolve, _) = Promise<Void>.withResolvers()
                pending = resolve
                try await arrival.value
            }
        }
        return waiting.removeFirst()
    }

    private func listen<Event>(_ name: EventName<Event>, _ listener: @escaping (Event) -> Void) {
        listenerIds.append((name.name, emitter.on(name, listener)))
    }

    private func push(_ payload: Payload) {
        waiting.append(payload)
        wake()
    }

    /// Ends the iteration after the waiting events: the listeners go at once, so that later
    /// events are not queued.
    private func end(_ ending: Ending) {
        guard self.ending == nil else { return }
        self.ending = ending
        removeListeners()
        wake()
    }

    private func wake() {
        guard let pending else { return }
        self.pending = nil
        pending(())
    }

    private func removeListeners() {
        let ids = listenerIds
        listenerIds = []
        for (name, id) in ids {
            emitter.off(EventName<Any>(name), id)
        }
        if let (signal, id) = abortSubscription {
            abortSubscription = nil
            signal.removeEventListener(.abort, id)
        }
    }
}
