/// A named channel every thread of the process can join (Node's `BroadcastChannel`): what one
/// channel object posts arrives on every other open object with the same name, on any loop, in
/// the order that object posted it; never on the poster itself.
///
/// A channel with a `message` listener keeps its loop alive until it is closed or
/// ``unref()``'d, as in Node (where one with an `onmessage` keeps the process running).
///
/// ```swift
/// let news = BroadcastChannel("news")
/// news.on(.message) { console.log("heard", $0); news.close() }
/// Worker { let c = BroadcastChannel("news"); c.postMessage("hi"); c.close() }
/// ```
public final class BroadcastChannel {
    /// The channel's name.
    public let name: String

    private let loop: EventLoop
    private let incoming = PortMailbox()
    private let listeners = ListenerList()
    private var isClosed = false
    private var wantsRef = true
    private var keepAlive: KeepAlive?

    /// Joins the channel called `name` from the calling thread's loop.
    public init(_ name: String) {
        self.name = name
        loop = EventLoop.current
        let channel = LoopBound(self, loop: loop)
        incoming.bind(to: loop.executor) { delivery in
            if case .message(let message) = delivery { try channel.value.dispatch(message) }
        }
        BroadcastRegistry.join(name, incoming)
        // A channel still open when its loop closes is closed too, so that nothing keeps posting
        // to it and its listeners go (docs/architecture.md, "Lifetime").
        _ = loop.executor.addCloseHandler(ObjectIdentifier(incoming)) { channel.value.close() }
    }

    /// Sends `message` to every other open channel object named ``name``. Does nothing once
    /// closed.
    public func postMessage(_ message: any Sendable) {
        loop.owner.check("BroadcastChannel.postMessage(_:)")
        guard !isClosed else { return }
        for member in BroadcastRegistry.members(name) where member !== incoming {
            member.deliver(.message(message))
        }
    }

    /// Adds a listener.
    @discardableResult
    public func on(_ event: MessagePortEvent<any Sendable>, _ listener: @escaping (any Sendable) throws -> Void) -> ListenerID {
        loop.owner.check("BroadcastChannel.on(_:_:)")
        let id = listeners.add(event.name, once: false, listener)
        updateKeepAlive()
        return id
    }

    /// Removes a listener.
    public func off(_ event: MessagePortEvent<any Sendable>, _ id: ListenerID) {
        loop.owner.check("BroadcastChannel.off(_:_:)")
        listeners.remove(event.name, id)
        updateKeepAlive()
    }

    /// Lets the channel keep its loop alive while it has a listener (the default).
    public func ref() {
        loop.owner.check("BroadcastChannel.ref()")
        wantsRef = true
        updateKeepAlive()
    }

    /// Stops the channel from keeping its loop alive; messages still arrive while the loop runs.
    public func unref() {
        loop.owner.check("BroadcastChannel.unref()")
        wantsRef = false
        updateKeepAlive()
    }

    /// Leaves the channel: nothing more is sent or received, and the listeners are forgotten
    /// (none can run again), so a listener that captures the channel does not keep it alive.
    public func close() {
        loop.owner.check("BroadcastChannel.close()")
        guard !isClosed else { return }
        isClosed = true
        BroadcastRegistry.leave(name, incoming)
        incoming.close()
        loop.executor.removeCloseHandler(ObjectIdentifier(incoming))
        listeners.removeAll()
        updateKeepAlive()
    }

    private func dispatch(_ message: any Sendable) throws {
        guard !isClosed else { return }
        try listeners.emit("message", message)
    }

    private func updateKeepAlive() {
        if !isClosed && wantsRef && listeners.count("message") > 0 {
            if keepAlive == nil { keepAlive = KeepAlive(loop: loop) }
            keepAlive?.ref()
        } else {
            keepAlive?.close()
            keepAlive = nil
        }
    }
}

@available(*, unavailable, message: "a BroadcastChannel belongs to the loop it was created on; create another with the same name")
extension BroadcastChannel: Sendable {}

/// The open broadcast channels of the process, by name.
enum BroadcastRegistry {
    private static let channels = Locked<[String: [PortMailbox]]>([:])

    static func join(_ name: String, _ mailbox: PortMailbox) {
        channels.withLock { $0[name, default: []].append(mailbox) }
    }

    static func leave(_ name: String, _ mailbox: PortMailbox) {
        channels.withLock { channels in
            channels[name]?.removeAll { $0 === mailbox }
            if channels[name]?.isEmpty == true { channels[name] = nil }
        }
    }

    static func members(_ name: String) -> [PortMailbox] {
        channels.withLock { $0[name] ?? [] }
    }
}
