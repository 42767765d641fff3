import CLibUV

// A datagram socket's options: broadcast, time to live, multicast, and the system's buffer
// sizes. Each is one libuv call on the socket's descriptor, so before the socket is bound
// (when there is no descriptor yet) most fail with `EBADF`, as in Node. Joining a group is the
// exception: libuv binds the socket to every address first.

extension DatagramSocket {
    // MARK: Broadcast and time to live

    /// Lets the socket send to broadcast addresses (Node's `setBroadcast`).
    ///
    /// - Parameter flag: whether broadcasting is allowed.
    /// - Throws: `setBroadcast EBADF` before the socket is bound.
    public func setBroadcast(_ flag: Bool) throws {
        owner.check("DatagramSocket.setBroadcast")
        try check(uv_udp_set_broadcast(try udp(reading: "setBroadcast"), flag ? 1 : 0), "setBroadcast")
    }

    /// Sets how many hops the socket's unicast datagrams may make (Node's `setTTL`).
    ///
    /// - Parameter ttl: 1 to 255.
    /// - Returns: `ttl`.
    /// - Throws: `setTTL EINVAL` outside 1...255, `setTTL EBADF` before the socket is bound.
    @discardableResult
    public func setTTL(_ ttl: Int) throws -> Int {
        owner.check("DatagramSocket.setTTL")
        try check(uv_udp_set_ttl(try udp(reading: "setTTL"), Int32(truncatingIfNeeded: ttl)), "setTTL")
        return ttl
    }

    /// Sets how many hops the socket's multicast datagrams may make (Node's
    /// `setMulticastTTL`).
    ///
    /// - Parameter ttl: 0 to 255.
    /// - Returns: `ttl`.
    /// - Throws: `setMulticastTTL EINVAL` outside 0...255, `EBADF` before the socket is bound.
    @discardableResult
    public func setMulticastTTL(_ ttl: Int) throws -> Int {
        owner.check("DatagramSocket.setMulticastTTL")
        let udp = try udp(reading: "setMulticastTTL")
        try check(uv_udp_set_multicast_ttl(udp, Int32(truncatingIfNeeded: ttl)), "setMulticastTTL")
        return ttl
    }

    /// Whether the socket's own multicast datagrams come back to it (Node's
    /// `setMulticastLoopback`).
    ///
    /// - Parameter flag: whether they loop back.
    /// - Returns: `flag`.
    /// - Throws: `setMulticastLoopback EBADF` before the socket is bound.
    @discardableResult
    public func setMulticastLoopback(_ flag: Bool) throws -> Bool {
        owner.check("DatagramSocket.setMulticastLoopback")
        try check(uv_udp_set_multicast_loop(try udp(reading: "setMulticastLoopback"), flag ? 1 : 0), "setMulticastLoopback")
        return flag
    }

    // MARK: Multicast

    /// Sends multicast datagrams out of the interface with this address (Node's
    /// `setMulticastInterface`).
    ///
    /// - Parameter interfaceAddress: the interface's IP address (for IPv6, its scope: `::%eth0`).
    /// - Throws: `EINVAL` for text that is not an address, `EADDRNOTAVAIL` for an address the
    ///   machine does not have, `ERR_SOCKET_DGRAM_NOT_RUNNING` once closed.
    public func setMulticastInterface(_ interfaceAddress: String) throws {
        owner.check("DatagramSocket.setMulticastInterface")
        let udp = try runningHandle().pointer(as: uv_udp_t.self)
        try check(uv_udp_set_multicast_interface(udp, interfaceAddress), "setMulticastInterface")
    }

    /// Joins the multicast group `multicastAddress` (Node's `addMembership`), on the interface
    /// with `interfaceAddress` or one the system picks. An unbound socket is bound to every
    /// address first (by libuv).
    ///
    /// - Parameters:
    ///   - multicastAddress: the group, such as `224.0.0.114`.
    ///   - interfaceAddress: the interface to join on.
    /// - Throws: `ERR_MISSING_ARGS` for an empty group, `addMembership EINVAL` for an address
    ///   that is not a group, `EADDRINUSE` for a group already joined,
    ///   `ERR_SOCKET_DGRAM_NOT_RUNNING` once closed.
    public func addMembership(_ multicastAddress: String, _ interfaceAddress: String? = nil) throws {
        owner.check("DatagramSocket.addMembership")
        try membership(multicastAddress, interfaceAddress, UV_JOIN_GROUP, "addMembership")
    }

    /// Leaves the multicast group `multicastAddress` (Node's `dropMembership`).
    ///
    /// - Parameters:
    ///   - multicastAddress: the group.
    ///   - interfaceAddress: the interface it was joined on.
    /// - Throws: `dropMembership EADDRNOTAVAIL` for a group not joined, and the errors of
    ///   ``addMembership(_:_:)``.
    public func dropMembership(_ multicastAddress: String, _ interfaceAddress: String? = nil) throws {
        owner.check("DatagramSocket.dropMembership")
        try membership(multicastAddress, interfaceAddress, UV_LEAVE_GROUP, "dropMembership")
    }

    private func membership(_ group: String, _ interface: String?, _ change: uv_membership, _ syscall: String) throws {
        let udp = try runningHandle().pointer(as: uv_udp_t.self)
        guard !group.isEmpty else { throw NodeError.missingArgument("multicastAddress") }
        try check(uv_udp_set_membership(udp, group, interface, change), syscall)
    }

    // MARK: Buffer sizes

    /// The size of the system's receive buffer, in bytes (Node's `getRecvBufferSize`). Linux
    /// reports twice the size that was set, for its own bookkeeping.
    ///
    /// - Throws: `ERR_SOCKET_BUFFER_SIZE` before the socket is bound.
    public func getRecvBufferSize() throws -> Int {
        owner.check("DatagramSocket.getRecvBufferSize")
        return try bufferSize(0, receive: true)
    }

    /// Sets the size of the system's receive buffer (Node's `setRecvBufferSize`).
    ///
    /// - Parameter size: the size in bytes, a 32-bit unsigned integer.
    /// - Throws: `ERR_SOCKET_BAD_BUFFER_SIZE` for a size outside 0...4294967295,
    ///   `ERR_SOCKET_BUFFER_SIZE` before the socket is bound.
    public func setRecvBufferSize(_ size: Int) throws {
        owner.check("DatagramSocket.setRecvBufferSize")
        _ = try bufferSize(size, receive: true)
    }

    /// The size of the system's send buffer, in bytes (Node's `getSendBufferSize`).
    ///
    /// - Throws: `ERR_SOCKET_BUFFER_SIZE` before the socket is bound.
    public func getSendBufferSize() throws -> Int {
        owner.check("DatagramSocket.getSendBufferSize")
        return try bufferSize(0, receive: false)
    }

    /// Sets the size of the system's send buffer (Node's `setSendBufferSize`).
    ///
    /// - Parameter size: the size in bytes, a 32-bit unsigned integer.
    /// - Throws: `ERR_SOCKET_BAD_BUFFER_SIZE` for a size outside 0...4294967295,
    ///   `ERR_SOCKET_BUFFER_SIZE` before the socket is bound.
    public func setSendBufferSize(_ size: Int) throws {
        owner.check("DatagramSocket.setSendBufferSize")
        _ = try bufferSize(size, receive: false)
    }

    /// Node's `bufferSize`: 0 reads the size, anything else sets it.
    func bufferSize(_ size: Int, receive: Bool) throws -> Int {
        guard UInt32(exactly: size) != nil else { throw NodeError.socketBadBufferSize }
        let handle = try udp(reading: "bufferSize")
        // Node passes the size to libuv as a C int.
        var value = Int32(truncatingIfNeeded: size)
        let base = UnsafeMutableRawPointer(handle).assumingMemoryBound(to: uv_handle_t.self)
        let status = receive ? uv_recv_buffer_size(base, &value) : uv_send_buffer_size(base, &value)
        guard status == 0 else {
            throw NodeError.socketBufferSize(status, syscall: receive ? "uv_recv_buffer_size" : "uv_send_buffer_size")
        }
        return Int(value)
    }

    // MARK: The send queue

    /// How many bytes wait to be sent (Node's `getSendQueueSize`).
    ///
    /// - Throws: Node's `TypeError` once closed.
    public func getSendQueueSize() throws -> Int {
        owner.check("DatagramSocket.getSendQueueSize")
        return uv_udp_get_send_queue_size(try udp(reading: "getSendQueueSize"))
    }

    /// How many datagrams wait to be sent (Node's `getSendQueueCount`).
    ///
    /// - Throws: Node's `TypeError` once closed.
    public func getSendQueueCount() throws -> Int {
        owner.check("DatagramSocket.getSendQueueCount")
        return uv_udp_get_send_queue_count(try udp(reading: "getSendQueueCount"))
    }

    /// Throws Node's error for a failed option call (`setTTL EINVAL`).
    private func check(_ status: Int32, _ syscall: String) throws {
        guard status == 0 else { throw NodeError.errno(status, syscall: syscall) }
    }
}
