import CLibUV

// Connecting a datagram socket fixes its peer (`uv_udp_connect`): sends without an address go
// there, and the system drops datagrams from anyone else. As with a send, an unbound socket
// binds first and the peer's address is looked up (an IP address on the next tick); the
// outcome comes a tick after that: `connect`, or the error to the callback (else `error`).

extension DatagramSocket {
    /// Connects the socket to `port` on `address` (Node's
    /// `socket.connect(port[, address][, callback])`). An unbound socket is bound first.
    ///
    /// - Parameters:
    ///   - port: the peer's port, 1..<65536.
    ///   - address: the peer's IP address or a name `dns.lookup` resolves; without one,
    ///     `127.0.0.1` (`::1` for `udp6`).
    ///   - callback: added for `connect` (called with nil); on failure it is removed and
    ///     called with the error instead of `error` being emitted.
    /// - Throws: `ERR_SOCKET_BAD_PORT`, `ERR_SOCKET_DGRAM_IS_CONNECTED` if the socket is
    ///   connected or connecting, `ERR_SOCKET_DGRAM_NOT_RUNNING` once closed.
    public func connect(_ port: Int, _ address: String? = nil, _ callback: ((NodeError?) throws -> Void)? = nil) throws {
        owner.check("DatagramSocket.connect")
        try validatePort(port, name: "Port", allowZero: false)
        guard connectState == .disconnected else { throw NodeError.dgramIsConnected }
        connectState = .connecting
        if bindState == .unbound { try bind() }
        guard bindState == .bound else {
            return enqueue { [self] in try startConnecting(port, address, callback) }
        }
        try startConnecting(port, address, callback)
    }

    /// Node's `_connect`: the peer is looked up, then connected. A socket closed after it was
    /// bound gets here without a handle, and Node's `TypeError` for reading its `lookup`.
    private func startConnecting(_ port: Int, _ address: String?, _ callback: ((NodeError?) throws -> Void)?) throws {
        _ = try udp(reading: "lookup")
        let listener = callback.map { callback in once(.connect) { try callback(nil) } }
        let host = address.flatMap { $0.isEmpty ? nil : $0 } ?? family.loopback
        try lookUp(host) { [self] found in
            guard let handle else { return }
            var failure: NodeError?
            switch found {
            case .failure(let error):
                failure = error
            case .success(let ip):
                var (peer, status) = family.socketAddress(ip, port: port)
                if status == 0 { status = peer.withPointer { uv_udp_connect(handle.pointer(as: uv_udp_t.self), $0) } }
                if status != 0 { failure = NodeError.socket(status, syscall: "connect", address: host, port: port) }
            }
            guard let failure else {
                connectState = .connected
                return process.nextTick { [self] in try emit(.connect) }
            }
            connectState = .disconnected
            process.nextTick { [self] in
                if let callback, let listener {
                    off(.connect, listener)
                    try callback(failure)
                } else {
                    try emit(.error, failure)
                }
            }
        }
    }

    /// Forgets the peer (Node's `socket.disconnect()`): sends need an address again.
    ///
    /// - Throws: `ERR_SOCKET_DGRAM_NOT_CONNECTED` if the socket is not connected.
    public func disconnect() throws {
        owner.check("DatagramSocket.disconnect")
        guard connectState == .connected else { throw NodeError.dgramNotConnected }
        let status = uv_udp_connect(try udp(reading: "disconnect"), nil)
        guard status == 0 else { throw NodeError.errno(status, syscall: "connect") }
        connectState = .disconnected
    }

    /// The peer's address, family and port (Node's `socket.remoteAddress()`).
    ///
    /// - Throws: `ERR_SOCKET_DGRAM_NOT_CONNECTED` if the socket is not connected,
    ///   `ERR_SOCKET_DGRAM_NOT_RUNNING` once closed.
    public func remoteAddress() throws -> AddressInfo {
        owner.check("DatagramSocket.remoteAddress")
        let udp = try runningHandle().pointer(as: uv_udp_t.self)
        guard connectState == .connected else { throw NodeError.dgramNotConnected }
        return try readAddress("getpeername") { uv_udp_getpeername(udp, $0, $1) }
    }
}
