/// Node's `dgram` module: UDP sockets, which send and receive datagrams.
///
/// ```swift
/// let server = try dgram.createSocket("udp4") { message, rinfo in
///     console.log(message.toString(), rinfo.size)   // ping 4
/// }
/// try server.bind(0, "127.0.0.1") {
///     let client = try dgram.createSocket("udp4")
///     try client.send("ping", try server.address().port, "127.0.0.1") { _, _ in
///         try client.close()
///         try server.close()
///     }
/// }
/// ```
public let dgram = DgramModule()

/// The type of ``dgram``; its members act on the calling thread's loop.
public struct DgramModule: Sendable {
    /// A datagram socket of `type` (Node's `dgram.createSocket(type[, callback])`);
    /// `messageListener` is added for `message`.
    ///
    /// - Parameters:
    ///   - type: `udp4` or `udp6`.
    ///   - messageListener: called with each datagram and where it came from.
    /// - Throws: `ERR_SOCKET_BAD_TYPE` for any other type.
    public func createSocket(
        _ type: String, _ messageListener: ((Buffer, RemoteInfo) throws -> Void)? = nil
    ) throws -> DatagramSocket {
        try createSocket(type: type, messageListener)
    }

    /// A datagram socket with Node's options (`dgram.createSocket(options[, callback])`).
    ///
    /// - Parameters:
    ///   - type: `udp4` or `udp6`.
    ///   - reuseAddr: let other sockets that ask for it bind the same address and port
    ///     (`SO_REUSEADDR`).
    ///   - ipv6Only: a `udp6` socket bound to `::` receives IPv6 datagrams only.
    ///   - recvBufferSize: the receive buffer's size, set once bound (0 or nil: the system's).
    ///   - sendBufferSize: the send buffer's size, set once bound (0 or nil: the system's).
    ///   - messageListener: added for `message`.
    /// - Throws: `ERR_OUT_OF_RANGE` for a buffer size outside 0...4294967295, then
    ///   `ERR_SOCKET_BAD_TYPE`, in Node's order.
    public func createSocket(
        type: String, reuseAddr: Bool = false, ipv6Only: Bool = false, recvBufferSize: Int? = nil, sendBufferSize: Int? = nil,
        _ messageListener: ((Buffer, RemoteInfo) throws -> Void)? = nil
    ) throws -> DatagramSocket {
        for (name, size) in [("options.recvBufferSize", recvBufferSize), ("options.sendBufferSize", sendBufferSize)] {
            guard let size, size != 0, UInt32(exactly: size) == nil else { continue }
            throw NodeError.outOfRange(name, mustBe: ">= 0 && <= 4294967295", received: Int64(size))
        }
        guard let family = DatagramFamily(type: type) else { throw NodeError.socketBadType }
        let socket = DatagramSocket(
            family: family, reuseAddr: reuseAddr, ipv6Only: ipv6Only,
            recvBufferSize: recvBufferSize, sendBufferSize: sendBufferSize
        )
        if let messageListener { socket.on(.message) { message, rinfo in try messageListener(message, rinfo) } }
        return socket
    }
}
