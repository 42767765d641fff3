/// One end of a channel between a worker and its parent: what a worker sees as
/// `workerThreads.parentPort` (Node's `MessagePort`).
///
/// Messages posted on the other end arrive here as `message` events, each a macrotask of its own
/// (microtasks drain after each), in the order they were posted. Until a `message` listener is
/// added (or ``start()`` is called) they wait. While it has a listener, the port keeps its loop
/// alive, unless ``unref()`` was called or it is closed.
///
/// ```swift
/// // inside a worker's body
/// workerThreads.parentPort?.on(.message) { message in
///     workerThreads.parentPort?.postMessage("got \(message)")
/// }
/// ```
public final class MessagePort {
    private let loop: EventLoop
    private let outgoing: PortMailbox
    private let listeners = ListenerList()
    private var waiting: [any Sendable] = []
    private var isStarted = false
    private var isClosed = false
    private var wantsRef = true
    private var keepAlive: KeepAlive?

    /// A port on `loop` whose messages go to `outgoing`.
    init(loop: EventLoop, outgoing: PortMailbox) {
        self.loop = loop
        self.outgoing = outgoing
    }

    /// Sends `message` to the other end; it arrives there as a `message` event. Dropped once
    /// either end is closed or gone, as in Node.
    public func postMessage(_ message: any Sendable) {
        loop.preconditionOnOwnerThread("MessagePort.postMessage(_:)")
        guard !isClosed else { return }
        outgoing.deliver(.message(message))
    }

    /// Adds a listener; a `message` listener starts the port.
    @discardableResult
    public func on<Payload>(_ event: MessagePortEvent<Payload>, _ listener: @escaping (Payload) throws -> Void) -> ListenerID {
        loop.preconditionOnOwnerThread("MessagePort.on(_:_:)")
        let id = listeners.add(event.name, once: false, listener)
        if event.name == "message" { start() }
        return id
    }

    /// Adds a listener that runs once; a `message` listener starts the port.
    @discardableResult
    public func once<Payload>(_ event: MessagePortEvent<Payload>, _ listener: @escaping (Payload) throws -> Void) -> ListenerID {
        loop.preconditionOnOwnerThread("MessagePort.once(_:_:)")
        let id = listeners.add(event.name, once: true, listener)
        if event.name == "message" { start() }
        return id
    }

    /// Removes a listener; a port left without `message` listeners stops keeping its loop alive.
    public func off<Payload>(_ event: MessagePortEvent<Payload>, _ id: ListenerID) {
        listeners.remove(event.name, id)
        updateKeepAlive()
    }

    /// Delivers the messages waiting so far, and those to come.
    public func start() {
        guard !isStarted, !isClosed else { return }
        isStarted = true
        updateKeepAlive()
        let waiting = self.waiting
        self.waiting = []
        for message in waiting {
            loop.executor.execute { [bound = LoopBound(self, loop: loop)] in try bound.value.dispatch(message) }
        }
    }

    /// Lets the port keep its loop alive while it has a `message` listener (the default).
    public func ref() {
        wantsRef = true
        updateKeepAlive()
    }

    /// Stops the port from keeping its loop alive; messages still arrive while the loop runs.
    public func unref() {
        wantsRef = false
        updateKeepAlive()
    }

    /// Closes the port: nothing more is sent or received, it stops keeping its loop alive, and
    /// it emits `close`.
    public func close() {
        guard !isClosed else { return }
        isClosed = true
        updateKeepAlive()
        loop.immediates.enqueue(Immediate(loop: loop) { [self] in try listeners.emit("close", ()) })
    }

    /// A message from the other end, on this loop.
    func receive(_ message: any Sendable) throws {
        guard !isClosed else { return }
        guard isStarted else {
            waiting.append(message)
            return
        }
        try dispatch(message)
    }

    private func dispatch(_ message: any Sendable) throws {
        guard !isClosed else { return }
        try listeners.emit("message", message)
    }

    private func updateKeepAlive() {
        let shouldKeepAlive = isStarted && !isClosed && wantsRef && listeners.count("message") > 0
        if shouldKeepAlive {
            if keepAlive == nil { keepAlive = KeepAlive(loop: loop) }
            keepAlive?.ref()
        } else {
            keepAlive?.close()
            keepAlive = nil
        }
    }
}

@available(*, unavailable, message: "a MessagePort belongs to the loop it was created on")
extension MessagePort: Sendable {}

/// The events of a ``MessagePort``, typed by what their listeners receive.
public struct MessagePortEvent<Payload>: Sendable {
    public let name: String
    init(_ name: String) { self.name = name }
}

extension MessagePortEvent where Payload == any Sendable {
    /// A message from the other end.
    public static var message: Self { Self("message") }
}

extension MessagePortEvent where Payload == Void {
    /// The port was closed.
    public static var close: Self { Self("close") }
}
