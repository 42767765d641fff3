/// One end of a channel (Node's `MessagePort`): a ``MessageChannel``'s `port1` or `port2`, or
/// what a worker sees as `workerThreads.parentPort`.
///
/// Messages posted on the other end arrive here as `message` events, each a macrotask of its own
/// (microtasks drain after each), in the order they were posted. Until a `message` listener is
/// added (or ``start()`` is called) they wait. While it has a listener, the port keeps its loop
/// alive, unless ``unref()`` was called or it is closed.
///
/// Closing either end of a ``MessageChannel`` closes both: each emits `close`, the other end
/// after the messages already sent to it. A channel port can move to another loop with
/// ``transfer()`` and ``init(receiving:)``.
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
    /// A channel port's own inbox, bound to `loop` once started; nil for a worker's
    /// `parentPort`, whose messages the worker's thread hands to ``receive(_:)``.
    private let incoming: PortMailbox?
    private var isDetached = false
    private let listeners = ListenerList()
    private var waiting: [any Sendable] = []
    private var isStarted = false
    private var isClosed = false
    private var wantsRef = true
    private var keepAlive: KeepAlive?
    /// Whether the loop's closing closes this port (``closeWithLoop()``).
    private var closesWithLoop = false

    /// A port on `loop` whose messages go to `outgoing`.
    init(loop: EventLoop, outgoing: PortMailbox) {
        self.loop = loop
        self.outgoing = outgoing
        self.incoming = nil
    }

    /// One end of a channel on `loop`: it receives from `incoming`, sends to `outgoing`.
    init(loop: EventLoop, incoming: PortMailbox, outgoing: PortMailbox) {
        self.loop = loop
        self.outgoing = outgoing
        self.incoming = incoming
    }

    /// Takes over a port transferred from another loop (or this one), on the calling thread's
    /// loop. Messages already sent to it, received or not, arrive here in order.
    ///
    /// ```swift
    /// let channel = MessageChannel()
    /// let token = try channel.port2.transfer()
    /// let worker = Worker(workerData: token) {
    ///     let port = try MessagePort(receiving: workerThreads.workerData as! TransferablePort)
    ///     port.on(.message) { port.postMessage("echo \($0)"); port.close() }
    /// }
    /// ```
    ///
    /// - Throws: `ERR_INVALID_STATE` if the token was already received.
    public convenience init(receiving token: TransferablePort) throws {
        guard let (incoming, outgoing) = token.take() else {
            throw NodeError("The port was already received", name: "DataCloneError", code: "ERR_INVALID_STATE")
        }
        self.init(loop: EventLoop.current, incoming: incoming, outgoing: outgoing)
    }

    /// Detaches a channel port from its loop so another loop (a worker's) can take it with
    /// ``init(receiving:)``: Node's transfer list. The port here becomes unusable: it sends and
    /// receives nothing, emits nothing, and stops keeping its loop alive. Messages it had not yet
    /// delivered go with it.
    ///
    /// - Throws: `ERR_INVALID_STATE` for a worker's `parentPort`, or a port already closed or
    ///   transferred.
    public func transfer() throws -> TransferablePort {
        loop.owner.check("MessagePort.transfer()")
        guard let incoming, !isClosed, !isDetached else {
            throw NodeError("The port cannot be transferred", name: "DataCloneError", code: "ERR_INVALID_STATE")
        }
        isDetached = true
        incoming.unbind()
        loop.executor.removeCloseHandler(ObjectIdentifier(self))
        updateKeepAlive()
        return TransferablePort(incoming: incoming, outgoing: outgoing)
    }

    /// Sends `message` to the other end; it arrives there as a `message` event. Dropped once
    /// either end is closed or gone, as in Node.
    public func postMessage(_ message: any Sendable) {
        loop.owner.check("MessagePort.postMessage(_:)")
        guard !isClosed, !isDetached else { return }
        outgoing.deliver(.message(message))
    }

    /// Adds a listener; a `message` listener starts the port.
    @discardableResult
    public func on<Payload>(_ event: MessagePortEvent<Payload>, _ listener: @escaping (Payload) throws -> Void) -> ListenerID {
        loop.owner.check("MessagePort.on(_:_:)")
        let id = listeners.add(event.name, once: false, listener)
        listenerAdded(event.name)
        return id
    }

    /// Adds a listener that runs once; a `message` listener starts the port.
    @discardableResult
    public func once<Payload>(_ event: MessagePortEvent<Payload>, _ listener: @escaping (Payload) throws -> Void) -> ListenerID {
        loop.owner.check("MessagePort.once(_:_:)")
        let id = listeners.add(event.name, once: true, listener)
        listenerAdded(event.name)
        return id
    }

    private func listenerAdded(_ name: String) {
        closeWithLoop()
        if name == "message" { start() }
        if name == "close" { watchOtherEnd() }
    }

    /// Lets a channel port that is not started hear that the other end closed, so that its
    /// `close` listeners run, as in Node. The mailbox holds the port until the port closes or
    /// moves, or its loop closes.
    private func watchOtherEnd() {
        guard let incoming, !isStarted, !isClosed, !isDetached else { return }
        let port = LoopBound(self, loop: loop)
        incoming.watchClose(on: loop.executor) { port.value.otherEndClosed() }
    }

    /// A port with listeners that is still open when its loop closes lets go of them then, and
    /// of its mailbox: no event can come any more, and a listener that captures its port must
    /// not keep the two alive (docs/architecture.md, "Lifetime"). A worker's `parentPort` gets
    /// there when the worker's run ends.
    private func closeWithLoop() {
        guard !isClosed, !isDetached, !closesWithLoop else { return }
        closesWithLoop = true
        let port = LoopBound(self, loop: loop)
        _ = loop.executor.addCloseHandler(ObjectIdentifier(self)) { port.value.loopClosed() }
    }

    private func loopClosed() {
        isClosed = true
        incoming?.close()
        waiting = []
        listeners.removeAll()
        updateKeepAlive()
    }

    /// Removes a listener; a port left without `message` listeners stops keeping its loop alive.
    public func off<Payload>(_ event: MessagePortEvent<Payload>, _ id: ListenerID) {
        loop.owner.check("MessagePort.off(_:_:)")
        listeners.remove(event.name, id)
        updateKeepAlive()
    }

    /// Delivers the messages waiting so far, and those to come.
    public func start() {
        loop.owner.check("MessagePort.start()")
        guard !isStarted, !isClosed, !isDetached else { return }
        isStarted = true
        updateKeepAlive()
        if let incoming {
            let port = LoopBound(self, loop: loop)
            incoming.bind(to: loop.executor) { delivery in try port.value.receive(delivery) }
        }
        let waiting = self.waiting
        self.waiting = []
        for message in waiting {
            loop.executor.execute { [bound = LoopBound(self, loop: loop)] in try bound.value.dispatch(message) }
        }
    }

    /// Lets the port keep its loop alive while it has a `message` listener (the default).
    public func ref() {
        loop.owner.check("MessagePort.ref()")
        wantsRef = true
        updateKeepAlive()
    }

    /// Stops the port from keeping its loop alive; messages still arrive while the loop runs.
    public func unref() {
        loop.owner.check("MessagePort.unref()")
        wantsRef = false
        updateKeepAlive()
    }

    /// Closes the port: nothing more is sent or received, it stops keeping its loop alive, and
    /// it emits `close`.
    public func close() {
        loop.owner.check("MessagePort.close()")
        guard !isClosed, !isDetached else { return }
        closeHere { [outgoing] in outgoing.deliver(.close) }
    }

    /// Stops the port at once and emits `close` in the loop's close phase, where Node's port
    /// handle finishes closing; the closing end tells the other end from there too, so the
    /// other end closes one loop iteration later, as in Node.
    private func closeHere(whenClosed tellOtherEnd: (() -> Void)? = nil) {
        isClosed = true
        incoming?.close()
        waiting = []
        updateKeepAlive()
        loop.runInClosePhase { [self] in
            tellOtherEnd?()
            // `close` is the last event: the listeners go after it. Until then the loop's
            // closing would take them (``closeWithLoop()``), should the run end first.
            defer {
                listeners.removeAll()
                loop.executor.removeCloseHandler(ObjectIdentifier(self))
            }
            try listeners.emit("close", ())
        }
    }

    /// The other end of the channel closed: this end closes too.
    private func otherEndClosed() {
        guard !isClosed, !isDetached else { return }
        closeHere()
    }

    /// A channel port's delivery, on this loop.
    private func receive(_ delivery: PortDelivery) throws {
        guard !isClosed, !isDetached else { return }
        switch delivery {
        case .message(let message): try dispatch(message)
        case .close: otherEndClosed()
        case .online, .error, .exit, .terminate: break
        }
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
        guard !isClosed, !isDetached else { return }
        try listeners.emit("message", message)
    }

    private func updateKeepAlive() {
        let shouldKeepAlive = isStarted && !isClosed && !isDetached && wantsRef && listeners.count("message") > 0
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
    /// The event's name in Node (`"message"`).
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
