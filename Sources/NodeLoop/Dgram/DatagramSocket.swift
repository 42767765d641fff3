import CLibUV
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// How a datagram socket runs, as Node's lib/dgram.js orders it
// ------------------------------------------------------------
// A `DatagramSocket` is an `EventEmitter` over one `uv_udp_t`, a `LoopHandle` opened with the
// socket (as Node opens its handle in the constructor) that holds the socket while open. Two
// small state machines, and the handle that is gone once closed:
//
//   bind:     unbound ──bind()──▶ binding ──address looked up, uv_udp_bind──▶ bound: receiving,
//                ▲                   │                                          'listening', then
//                └── failed: 'error' ┘                                          'message'…
//             (send and connect bind an unbound socket to port 0 first)
//   connect:  disconnected ──connect()──▶ connecting ──uv_udp_connect──▶ connected ─┐
//                ▲  ▲ failed: callback or 'error' ┘                                  │
//                │  └───────────────────────── disconnect() ─────────────────────────┘
//   close():  from any state (after the calls queued while binding): the handle closes,
//             'close' comes on the next tick, and then the socket forgets its listeners (the
//             lifetime rule, docs/architecture.md). Later calls throw
//             ERR_SOCKET_DGRAM_NOT_RUNNING.
//
// Every address goes through `dns.lookup`, which answers an IP address on the next tick, so a
// bind, send or connect completes a tick after the call, as in Node. While the socket binds,
// `send`, `connect` and `close` wait in a queue that runs at `listening`; a failed bind drops
// the queue (Node's `enqueue`).

/// Node's `dgram.Socket`: a UDP socket that sends and receives datagrams (NodeLoop's ``Socket``
/// is `net`'s stream socket). Make one with `dgram.createSocket`.
///
/// ```swift
/// let server = try dgram.createSocket("udp4")
/// server.on(.message) { message, rinfo in
///     console.log(message.toString(), rinfo.family)     // ping IPv4
///     try server.close()
/// }
/// try server.bind(0, "127.0.0.1") {
///     let client = try dgram.createSocket("udp4")
///     try client.send("ping", try server.address().port, "127.0.0.1") { _, _ in try client.close() }
/// }
/// ```
///
/// Events: `listening` once bound, `message` for each datagram, `connect` after ``connect(_:_:_:)``,
/// `error`, and `close` after ``close(_:)``.
public final class DatagramSocket: EventEmitter {
    enum BindState {
        case unbound
        case binding
        case bound
    }

    enum ConnectState {
        case disconnected
        case connecting
        case connected
    }

    let loop: EventLoop
    let family: DatagramFamily
    /// The socket's handle; nil once closed (Node's `state.handle = null`).
    private(set) var handle: LoopHandle?
    var bindState = BindState.unbound
    var connectState = ConnectState.disconnected
    /// Calls made while binding, run at `listening` (Node's `state.queue`).
    private var queue: [() throws -> Void]?
    private var isReceiving = false
    private let reuseAddr: Bool
    private let ipv6Only: Bool
    private let recvBufferSize: Int?
    private let sendBufferSize: Int?

    /// A socket of `family`; ``DgramModule/createSocket(type:reuseAddr:ipv6Only:recvBufferSize:sendBufferSize:_:)``
    /// checks the options first.
    init(family: DatagramFamily, reuseAddr: Bool, ipv6Only: Bool, recvBufferSize: Int?, sendBufferSize: Int?) {
        loop = EventLoop.current
        self.family = family
        self.reuseAddr = reuseAddr
        self.ipv6Only = ipv6Only
        self.recvBufferSize = recvBufferSize
        self.sendBufferSize = sendBufferSize
        super.init()
        handle = LoopHandle.make(uv_udp_t.self, loop: loop, owner: self, closesWithLoop: true) { uv_udp_init($0, $1) }
        // A socket that is never closed has no other final state than the loop's closing: a
        // listener that captures it would otherwise keep it in a cycle. Read only on the
        // loop's thread, where the close handlers run.
        nonisolated(unsafe) weak let socket = self
        _ = loop.executor.addCloseHandler(ObjectIdentifier(self)) { socket?.releaseListeners() }
    }

    deinit {
        loop.executor.removeCloseHandler(ObjectIdentifier(self))
    }

    /// The open handle, or Node's `ERR_SOCKET_DGRAM_NOT_RUNNING` once closed (its `healthCheck`).
    func runningHandle() throws -> LoopHandle {
        guard let handle else { throw NodeError.dgramNotRunning }
        return handle
    }

    /// The `uv_udp_t` for a call Node makes on its handle without checking the socket first:
    /// once closed, that is Node's `TypeError` for reading `member` of null.
    func udp(reading member: String) throws -> UnsafeMutablePointer<uv_udp_t> {
        guard let handle else { throw NodeError.closedHandle(reading: member) }
        return handle.pointer(as: uv_udp_t.self)
    }

    // MARK: Binding

    /// Binds the socket to `port` (0: a free port the system picks) of `address` and starts
    /// receiving (Node's `socket.bind([port][, address][, callback])`). Without an address
    /// the socket binds every address (`0.0.0.0`, or `::` for `udp6`). `listening` follows a
    /// tick later, once the address is looked up; `callback` runs then. A failure is emitted as
    /// `error` (`bind EADDRINUSE 127.0.0.1:41234`), which a given `callback` also listens for:
    /// as in Node, a bind with a callback that fails is not reported.
    ///
    /// - Parameters:
    ///   - port: the port to bind. As in Node 20, it is not checked: its low 16 bits are used.
    ///   - address: an IP address of the socket's family, or a name `dns.lookup` resolves.
    ///   - callback: added for `listening` (and removed when the bind fails).
    /// - Throws: `ERR_SOCKET_ALREADY_BOUND` if the socket is bound or binding,
    ///   `ERR_SOCKET_DGRAM_NOT_RUNNING` once closed.
    @discardableResult
    public func bind(
        _ port: Int = 0, _ address: String? = nil, _ callback: (() throws -> Void)? = nil
    ) throws -> DatagramSocket {
        owner.check("DatagramSocket.bind")
        _ = try runningHandle()
        guard bindState == .unbound else { throw NodeError.socketAlreadyBound }
        bindState = .binding
        if let callback { whenBound(failure: .error, then: callback, otherwise: {}) }
        let host = address.flatMap { $0.isEmpty ? nil : $0 } ?? family.anyAddress
        try lookUp(host) { [self] found in
            guard let handle else { return }
            let ip: String
            switch found {
            case .failure(let error):
                bindState = .unbound
                try emit(.error, error)
                return
            case .success(let address):
                ip = address
            }
            var flags: UInt32 = 0
            if reuseAddr { flags |= UV_UDP_REUSEADDR.rawValue }
            if ipv6Only { flags |= UV_UDP_IPV6ONLY.rawValue }
            var (target, status) = family.socketAddress(ip, port: port)
            if status == 0 { status = target.withPointer { uv_udp_bind(handle.pointer(as: uv_udp_t.self), $0, flags) } }
            guard status == 0 else {
                bindState = .unbound
                try emit(.error, NodeError.socket(status, syscall: "bind", address: ip, port: port))
                return
            }
            try startListening(handle)
        }
        return self
    }

    /// Node's `bind({ port, address }[, callback])`: the same as ``bind(_:_:_:)``.
    ///
    /// - Parameters:
    ///   - port: the port to bind (0: a free port).
    ///   - address: an IP address of the socket's family, or a name `dns.lookup` resolves.
    ///   - callback: added for `listening`.
    @discardableResult
    public func bind(port: Int, address: String? = nil, _ callback: (() throws -> Void)? = nil) throws -> DatagramSocket {
        try bind(port, address, callback)
    }

    /// Looks `host` up in the socket's family, as Node's `dgram` does for every address; an
    /// IP address is answered on the next tick.
    func lookUp(_ host: String, _ found: @escaping (Result<String, NodeError>) throws -> Void) throws {
        try dns.lookup(host, family: family.lookupFamily) { error, address, _ in
            if let error { return try found(.failure(error)) }
            try found(.success(address ?? host))
        }
    }

    /// Waits for the bind's outcome as Node does, with two listeners that each remove the
    /// other: `listening` runs `then`, an error (on `failure`: `error`, or the monitor that
    /// does not count as handling it) runs `otherwise`.
    private func whenBound(
        failure: EventName<any Error>, then: @escaping () throws -> Void, otherwise: @escaping () -> Void
    ) {
        var failed: ListenerID?
        let listening = once(.listening) { [unowned self] in
            if let failed { off(failure, failed) }
            try then()
        }
        failed = once(failure) { [unowned self] _ in
            off(.listening, listening)
            otherwise()
        }
    }

    /// Runs `call` once the socket is bound, or never if the bind fails (Node's `enqueue`).
    func enqueue(_ call: @escaping () throws -> Void) {
        guard queue == nil else {
            queue?.append(call)
            return
        }
        queue = [call]
        whenBound(failure: .errorMonitor, then: { [unowned self] in
            let calls = queue ?? []
            queue = nil
            for call in calls { try call() }
        }, otherwise: { [unowned self] in queue = nil })
    }

    /// The bind has succeeded: receiving starts, the sizes asked for are set, then `listening`.
    private func startListening(_ handle: LoopHandle) throws {
        // Node does not check this status either: a bound socket can always receive.
        _ = uv_udp_recv_start(handle.pointer(as: uv_udp_t.self), { _, _, buffer in
            let size = 64 << 10
            let base = malloc(size)
            buffer!.pointee = uv_buf_init(base?.assumingMemoryBound(to: CChar.self), base == nil ? 0 : UInt32(size))
        }, { udp, count, buffer, sender, _ in
            defer { free(buffer?.pointee.base) }
            guard let socket = LoopHandle.of(udp).owner(as: DatagramSocket.self) else { return }
            socket.received(count, buffer?.pointee.base, from: sender)
        })
        isReceiving = true
        bindState = .bound
        if let recvBufferSize, recvBufferSize != 0 { _ = try bufferSize(recvBufferSize, receive: true) }
        if let sendBufferSize, sendBufferSize != 0 { _ = try bufferSize(sendBufferSize, receive: false) }
        try emit(.listening)
    }

    /// One datagram (or a failed read), from libuv's receive callback: `message` (or `error`)
    /// as a macrotask of its own.
    private func received(_ count: Int, _ base: UnsafeMutablePointer<CChar>?, from sender: UnsafePointer<sockaddr>?) {
        if count < 0 {
            let error = NodeError.errno(Int32(count), syscall: "recvmsg")
            return loop.invoke { [self] in try emit(.error, error) }
        }
        // No sender: libuv has read everything there was (an empty datagram has a sender).
        guard let sender, let info = SocketAddress(copying: sender).info else { return }
        let message = Buffer(UnsafeRawBufferPointer(start: base, count: count))
        let rinfo = RemoteInfo(address: info.address, family: info.family, port: info.port, size: count)
        loop.invoke { [self] in try emit(.message, (message, rinfo)) }
    }

    // MARK: Addresses

    /// The address, family and port the socket is bound to (Node's `socket.address()`).
    ///
    /// - Throws: `getsockname EBADF` before the socket is bound, `ERR_SOCKET_DGRAM_NOT_RUNNING`
    ///   once closed.
    public func address() throws -> AddressInfo {
        owner.check("DatagramSocket.address")
        let udp = try runningHandle().pointer(as: uv_udp_t.self)
        return try readAddress("getsockname") { uv_udp_getsockname(udp, $0, $1) }
    }

    /// An address libuv fills in, or Node's error for `syscall`.
    func readAddress(
        _ syscall: String, _ fill: (UnsafeMutablePointer<sockaddr>, UnsafeMutablePointer<Int32>) -> Int32
    ) throws -> AddressInfo {
        var status: Int32 = 0
        let address = SocketAddress { status = fill($0, $1); return status }
        guard let info = address.info else {
            throw NodeError.errno(status == 0 ? UV_EINVAL.rawValue : status, syscall: syscall)
        }
        return info
    }

    // MARK: Keeping the loop alive

    /// Lets the socket keep the loop alive while it is bound (the default).
    @discardableResult
    public func ref() -> DatagramSocket {
        owner.check("DatagramSocket.ref")
        handle?.ref()
        return self
    }

    /// Lets the loop end while the socket is bound (Node's `unref`); it still receives while
    /// the loop runs.
    @discardableResult
    public func unref() -> DatagramSocket {
        owner.check("DatagramSocket.unref")
        handle?.unref()
        return self
    }

    // MARK: Closing

    /// Closes the socket (Node's `socket.close([callback])`): no more datagrams are received,
    /// and `close` is emitted on the next tick; `callback` is added for it. A socket still
    /// binding closes once bound, after the sends and connects made meanwhile. Once `close`
    /// has gone out the socket forgets its listeners.
    ///
    /// - Parameter callback: added for `close`.
    /// - Throws: `ERR_SOCKET_DGRAM_NOT_RUNNING` if the socket is already closed.
    @discardableResult
    public func close(_ callback: (() throws -> Void)? = nil) throws -> DatagramSocket {
        owner.check("DatagramSocket.close")
        if let callback { on(.close, callback) }
        if queue != nil {
            enqueue { [self] in try close() }
            return self
        }
        let handle = try runningHandle()
        if isReceiving {
            uv_udp_recv_stop(handle.pointer(as: uv_udp_t.self))
            isReceiving = false
        }
        handle.close()
        self.handle = nil
        process.nextTick { [self] in
            defer { releaseListeners() }
            try emit(.close)
        }
        return self
    }
}

@available(*, unavailable, message: "a datagram socket belongs to the loop it was made on")
extension DatagramSocket: Sendable {}
