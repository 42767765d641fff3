/// Where a datagram came from and how big it was: the `rinfo` Node passes to a `message`
/// listener, printed as Node prints it.
///
/// ```swift
/// socket.on(.message) { message, rinfo in
///     console.log(rinfo)   // { address: '127.0.0.1', family: 'IPv4', port: 41234, size: 5 }
/// }
/// ```
public struct RemoteInfo: Sendable, Hashable, CustomStringConvertible {
    /// The sender's IP address as text (`127.0.0.1`, `::1`).
    public let address: String
    /// `IPv4` or `IPv6`.
    public let family: String
    /// The sender's port.
    public let port: Int
    /// The datagram's size in bytes.
    public let size: Int

    public var description: String { inspect(self, topLevel: false) }
}

extension RemoteInfo: InspectableAsObject {
    var inspectedProperties: [(key: String, value: Any?)] {
        [("address", address), ("family", family), ("port", port), ("size", size)]
    }
}

extension EventName where Payload == (Buffer, RemoteInfo) {
    /// A datagram arrived on a bound socket (Node's `'message'`): its bytes and where it came
    /// from. `socket.on(.message) { message, rinfo in ... }`.
    public static var message: Self { Self("message") }
}
