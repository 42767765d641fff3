/// Two entangled ``MessagePort``s (Node's `MessageChannel`): what is posted on `port1` arrives
/// on `port2` and the other way round, in order, each message a macrotask of its own.
///
/// Both ports start on the calling thread's loop; either can move to another loop (a worker's)
/// with ``MessagePort/transfer()``, so two workers can talk to each other directly.
///
/// ```swift
/// let channel = MessageChannel()
/// channel.port2.on(.message) { message in
///     console.log("got", message)
///     channel.port2.close()
/// }
/// channel.port1.postMessage("hello")
/// ```
public final class MessageChannel {
    /// One end; what it posts arrives on ``port2``.
    public let port1: MessagePort
    /// The other end; what it posts arrives on ``port1``.
    public let port2: MessagePort

    /// A new channel whose ports belong to the calling thread's loop.
    public init() {
        let loop = EventLoop.current
        let toPort1 = PortMailbox()
        let toPort2 = PortMailbox()
        port1 = MessagePort(loop: loop, incoming: toPort1, outgoing: toPort2)
        port2 = MessagePort(loop: loop, incoming: toPort2, outgoing: toPort1)
    }
}

@available(*, unavailable, message: "a MessageChannel belongs to the loop it was created on; transfer a port instead")
extension MessageChannel: Sendable {}

/// A ``MessagePort`` on its way to another loop: what ``MessagePort/transfer()`` returns. Pass
/// it to a worker (in `workerData` or a message) and take the port there with
/// ``MessagePort/init(receiving:)``. It can be received once.
public final class TransferablePort: Sendable {
    private struct Ends: Sendable {
        let incoming: PortMailbox
        let outgoing: PortMailbox
    }

    // The ends are read and cleared under the lock, so exactly one receiver gets them.
    private let ends: Locked<Ends?>

    init(incoming: PortMailbox, outgoing: PortMailbox) {
        ends = Locked(Ends(incoming: incoming, outgoing: outgoing))
    }

    /// The port's mailboxes, the first time; nil after.
    func take() -> (incoming: PortMailbox, outgoing: PortMailbox)? {
        ends.withLock { ends in
            defer { ends = nil }
            return ends.map { ($0.incoming, $0.outgoing) }
        }
    }
}
