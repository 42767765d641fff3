import CLibUV

// Sending, in the steps of Node's `send`: the message and port are checked at the call; an
// unbound socket binds to port 0 first and the send waits for `listening`; the destination is
// looked up (an IP address on the next tick); then the datagram goes out at once if it can
// (`uv_udp_try_send`), otherwise as a `DatagramSendRequest`. The callback gets the byte count
// or the error: on the next tick after an immediate send or a refusal, in the poll phase after
// a queued one. Without a callback a failed send is not reported, as in Node, except a failed
// look-up, which is emitted as `error`.

extension DatagramSocket {
    /// What a send's callback receives: nil and the bytes sent, or Node's error (`send
    /// EMSGSIZE 127.0.0.1:41234`, or the look-up's error, with no byte count).
    public typealias SendCallback = (NodeError?, Int?) throws -> Void

    // MARK: To an address

    /// Sends `message` as one datagram to `port` on `address` (Node's
    /// `socket.send(msg, port[, address][, callback])`). An unbound socket is bound first, to
    /// a free port of every address.
    ///
    /// - Parameters:
    ///   - message: the datagram's bytes; at most 65,507 for IPv4 (else `EMSGSIZE`).
    ///   - port: the destination port, 1..<65536.
    ///   - address: an IP address of the socket's family or a name `dns.lookup` resolves;
    ///     without one, `127.0.0.1` (`::1` for `udp6`).
    ///   - callback: called with the error or the number of bytes sent.
    /// - Throws: `ERR_SOCKET_BAD_PORT`, `ERR_SOCKET_DGRAM_IS_CONNECTED` on a connected socket,
    ///   `ERR_SOCKET_DGRAM_NOT_RUNNING` once closed.
    public func send(_ message: Buffer, _ port: Int, _ address: String? = nil, _ callback: SendCallback? = nil) throws {
        owner.check("DatagramSocket.send")
        try send([message], port: port, address: address, callback)
    }

    /// Sends a string's UTF-8 bytes as one datagram; as the `Buffer` form does.
    ///
    /// - Parameters:
    ///   - message: the text to send.
    ///   - port: the destination port, 1..<65536.
    ///   - address: the destination; without one, the loopback address.
    ///   - callback: called with the error or the number of bytes sent.
    public func send(_ message: String, _ port: Int, _ address: String? = nil, _ callback: SendCallback? = nil) throws {
        owner.check("DatagramSocket.send")
        try send([Buffer(message.utf8)], port: port, address: address, callback)
    }

    /// Sends the buffers, one after another, as one datagram (Node's `send([buf1, buf2], ...)`).
    ///
    /// - Parameters:
    ///   - messages: the parts of the datagram; none sends an empty datagram.
    ///   - port: the destination port, 1..<65536.
    ///   - address: the destination; without one, the loopback address.
    ///   - callback: called with the error or the number of bytes sent.
    public func send(_ messages: [Buffer], _ port: Int, _ address: String? = nil, _ callback: SendCallback? = nil) throws {
        owner.check("DatagramSocket.send")
        try send(messages, port: port, address: address, callback)
    }

    /// Sends `length` bytes of `message` from `offset` as one datagram (Node's
    /// `send(msg, offset, length, port[, address][, callback])`).
    ///
    /// - Parameters:
    ///   - message: the buffer the datagram is cut from.
    ///   - offset: where the datagram starts in `message`.
    ///   - length: how many bytes it has.
    ///   - port: the destination port, 1..<65536.
    ///   - address: the destination; without one, the loopback address.
    ///   - callback: called with the error or the number of bytes sent.
    /// - Throws: `ERR_BUFFER_OUT_OF_BOUNDS` when the bytes are not all in `message`, and the
    ///   errors of the other forms.
    public func send(
        _ message: Buffer, offset: Int, length: Int, _ port: Int, _ address: String? = nil, _ callback: SendCallback? = nil
    ) throws {
        owner.check("DatagramSocket.send")
        try send([Self.slice(message, offset: offset, length: length)], port: port, address: address, callback)
    }

    // MARK: To the connected peer

    /// Sends `message` as one datagram to the address ``connect(_:_:_:)`` connected to.
    ///
    /// - Parameters:
    ///   - message: the datagram's bytes.
    ///   - callback: called with the error or the number of bytes sent.
    /// - Throws: `ERR_SOCKET_BAD_PORT` when the socket is not connected (Node reads the
    ///   missing port), `ERR_SOCKET_DGRAM_NOT_RUNNING` once closed.
    public func send(_ message: Buffer, _ callback: SendCallback? = nil) throws {
        owner.check("DatagramSocket.send")
        try send([message], port: nil, address: nil, callback)
    }

    /// Sends a string's UTF-8 bytes to the connected peer.
    ///
    /// - Parameters:
    ///   - message: the text to send.
    ///   - callback: called with the error or the number of bytes sent.
    public func send(_ message: String, _ callback: SendCallback? = nil) throws {
        owner.check("DatagramSocket.send")
        try send([Buffer(message.utf8)], port: nil, address: nil, callback)
    }

    /// Sends the buffers, one after another, as one datagram to the connected peer.
    ///
    /// - Parameters:
    ///   - messages: the parts of the datagram.
    ///   - callback: called with the error or the number of bytes sent.
    public func send(_ messages: [Buffer], _ callback: SendCallback? = nil) throws {
        owner.check("DatagramSocket.send")
        try send(messages, port: nil, address: nil, callback)
    }

    /// Sends `length` bytes of `message` from `offset` to the connected peer.
    ///
    /// - Parameters:
    ///   - message: the buffer the datagram is cut from.
    ///   - offset: where the datagram starts in `message`.
    ///   - length: how many bytes it has.
    ///   - callback: called with the error or the number of bytes sent.
    public func send(_ message: Buffer, offset: Int, length: Int, _ callback: SendCallback? = nil) throws {
        owner.check("DatagramSocket.send")
        try send([Self.slice(message, offset: offset, length: length)], port: nil, address: nil, callback)
    }

    // MARK: The steps

    /// Node's `sliceBuffer`: both numbers are taken as 32-bit unsigned integers, as `>>> 0`
    /// does, so a negative one is out of bounds.
    private static func slice(_ message: Buffer, offset: Int, length: Int) throws -> Buffer {
        let start = Int(UInt32(truncatingIfNeeded: offset))
        let count = Int(UInt32(truncatingIfNeeded: length))
        guard start <= message.count else { throw NodeError.bufferOutOfBounds("offset") }
        guard start + count <= message.count else { throw NodeError.bufferOutOfBounds("length") }
        return message.subarray(start: start, end: start + count)
    }

    /// Node's `send` after its arguments are sorted out: `port` is nil in the connected forms.
    private func send(_ list: [Buffer], port: Int?, address: String?, _ callback: SendCallback?) throws {
        let connected = connectState == .connected
        if connected {
            guard port == nil else { throw NodeError.dgramIsConnected }
        } else {
            // Node reads the callback of the connected form as the port.
            guard let port else {
                let received = callback == nil ? "undefined" : "function "
                throw NodeError.socketBadPort(received: received, name: "Port", allowZero: false)
            }
            try validatePort(port, name: "Port", allowZero: false)
        }
        _ = try runningHandle()
        if bindState == .unbound { try bind() }
        let list = list.isEmpty ? [Buffer([UInt8]())] : list
        guard bindState == .bound else {
            return enqueue { [self] in try send(list, port: port, address: address, callback) }
        }
        guard !connected, let port else { return dispatch(list, to: nil, port: nil, address: nil, callback) }
        let host = address.flatMap { $0.isEmpty ? nil : $0 } ?? family.loopback
        try lookUp(host) { [self] found in
            dispatch(list, to: found, port: port, address: address ?? host, callback)
        }
    }

    /// Node's `doSend`: the looked-up destination (nil: the connected peer) gets the datagram.
    private func dispatch(
        _ list: [Buffer], to found: Result<String, NodeError>?, port: Int?, address: String?, _ callback: SendCallback?
    ) {
        var ip: String?
        switch found {
        case .failure(let error):
            if let callback { return process.nextTick { try callback(error, nil) } }
            return process.nextTick { [self] in try emit(.error, error) }
        case .success(let address):
            ip = address
        case nil:
            ip = nil
        }
        // A socket closed while the destination was looked up sends nothing and says nothing.
        guard let handle else { return }
        let udp = handle.pointer(as: uv_udp_t.self)
        let bytes = list.count == 1 ? list[0].bytes : list.flatMap(\.bytes)
        var destination: SocketAddress?
        var status: Int32 = 0
        if let ip, let port { (destination, status) = family.socketAddress(ip, port: port) }
        if status == 0 { status = Self.trySend(bytes, on: udp, to: destination) }
        if status == UV_EAGAIN.rawValue || status == UV_ENOSYS.rawValue {
            // The socket has sends waiting: this one queues behind them.
            status = DatagramSendRequest.send(bytes, on: udp, to: destination) { [loop] status in
                guard let callback else { return }
                let error = status < 0 ? Self.sendError(status, address: address, port: port) : nil
                loop.invoke { try callback(error, bytes.count) }
            }
            if status >= 0 { return }
        }
        guard let callback else { return }
        if status >= 0 { return process.nextTick { try callback(nil, bytes.count) } }
        let error = Self.sendError(status, address: address, port: port)
        process.nextTick { try callback(error, nil) }
    }

    /// Sends the datagram now if the socket has nothing queued: the bytes sent, `EAGAIN` when
    /// it would have to wait, or another error.
    private static func trySend(
        _ bytes: [UInt8], on udp: UnsafeMutablePointer<uv_udp_t>, to destination: SocketAddress?
    ) -> Int32 {
        bytes.withUnsafeBytes { raw in
            let base = UnsafeMutableRawPointer(mutating: raw.baseAddress)?.assumingMemoryBound(to: CChar.self)
            var buffer = uv_buf_init(base, UInt32(raw.count))
            return destination.withPointer { uv_udp_try_send(udp, &buffer, 1, $0) }
        }
    }

    /// `send EMSGSIZE 127.0.0.1:41234`, or `send EMSGSIZE` on a connected socket.
    private static func sendError(_ status: Int32, address: String?, port: Int?) -> NodeError {
        guard let address else { return NodeError.errno(status, syscall: "send") }
        return NodeError.socket(status, syscall: "send", address: address, port: port)
    }
}
