import CLibUV
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// How a socket runs, as Node's lib/net.js orders it
// -------------------------------------------------
// A `Socket` is a `Duplex<Buffer, Buffer>` over one TCP or pipe handle (a `LoopHandle`, which
// holds the socket while it is open).
//
//   connect ─ next tick ─▶ uv_tcp_connect ─▶ 'connect', 'ready', then reading starts
//   reading:  _read ─▶ uv_read_start; each chunk is pushed; a full buffer (push returns false)
//             ─▶ uv_read_stop until _read is called again (back-pressure); EOF ─▶ push(nil)
//   writing:  _write ─▶ uv_try_write, the rest as one uv_write; end() ─▶ _final ─▶ uv_shutdown
//             after the writes before it
//   destroy:  _destroy ─▶ the handle closes ─▶ close phase: 'close' (hadError), then the socket
//             forgets its listeners and closures
//
// A socket that does not allow half-open connections ends its writable side once its readable
// side has ended; writing after that fails with `EPIPE`, as in Node. A socket a server
// accepted counts as one of the server's connections until it is destroyed.

/// Node's `net.Socket`: a TCP or Unix-domain stream connection, read and written as a
/// ``Duplex`` of ``Buffer``s.
///
/// ```swift
/// let client = try net.connect(port: port, host: "127.0.0.1") {
///     client.write("hello")
/// }
/// client.on(.data) { chunk in console.log(chunk.toString()) }
/// client.on(.close) { (hadError: Bool) in console.log("closed", hadError) }
/// ```
///
/// Events, in Node's order: `connect`, `ready`, `data`…, `end`, `finish`, then `close` with
/// whether an error closed it; `timeout` after ``setTimeout(_:_:)``'s idle time; `error`
/// before `close` when something failed.
public final class Socket: Duplex<Buffer, Buffer> {
    enum Kind {
        case tcp
        case pipe
    }

    let loop: EventLoop
    // The fields every read or write touches carry no runtime exclusivity check: the socket is
    // loop-confined and no access to them calls out (see docs/performance.md).
    /// The handle, from `connect`, the server's accept or a child's spawn, until the socket is
    /// destroyed; it keeps the socket alive while open.
    @exclusivity(unchecked) var handle: LoopHandle?
    private(set) var kind = Kind.tcp
    /// Whether libuv is reading into the socket now.
    @exclusivity(unchecked) var isReading = false
    /// The memory of the read libuv is making, from its allocation to its callback.
    @exclusivity(unchecked) var readMemory: SocketReadMemory?
    /// Whether the last read filled at least half of its memory (see SocketReadMemory.swift).
    @exclusivity(unchecked) var expectsLargeRead = false
    /// `_read` was called while connecting: reading starts once connected.
    var readWhenConnected = false
    /// The server that accepted the socket, until the socket is destroyed.
    var server: Server?
    /// Bytes handed to libuv so far (Node's `_bytesDispatched`).
    @exclusivity(unchecked) var bytesDispatched = 0
    /// A write (and the `end`) that came while connecting, done once connected.
    var pendingWrite: (chunk: Buffer, callback: Callback)?
    var pendingFinal: Callback?
    /// The idle timer of ``setTimeout(_:_:)``.
    @exclusivity(unchecked) var idleTimer: Timeout?
    /// Options set before there was a handle, applied once there is one.
    var pendingNoDelay: Bool?
    var pendingKeepAlive: (enable: Bool, seconds: UInt32)?
    var pendingUnref = false
    /// Whether this socket has emitted its `close`; its listeners go after that.
    var closeEmitted = false
    var releaseWhenClosed = false
    /// The addresses, read once the socket is connected (Node caches them the same way).
    var localInfo: AddressInfo?
    var remoteInfo: AddressInfo?

    /// The addresses of a host name being tried in turn, while they are (Socket+Connect.swift).
    var addressAttempts: AddressAttempts?

    /// Node's `autoSelectFamilyAttemptedAddresses`: `address:port` of each address tried, when
    /// a host name's addresses were tried in turn; nil otherwise.
    public internal(set) var autoSelectFamilyAttemptedAddresses: [String]?
    /// Node's `connecting`: `connect` was called and the connection is not made yet.
    @exclusivity(unchecked) public internal(set) var connecting = false
    /// Node's `bytesRead`: bytes received so far.
    @exclusivity(unchecked) public internal(set) var bytesRead = 0
    /// Node's `timeout`: the idle time ``setTimeout(_:_:)`` set, in milliseconds; nil before.
    public internal(set) var timeout: Double?

    /// A socket that is not connected yet (Node's `new net.Socket({ allowHalfOpen })`); call
    /// ``connect(port:host:_:)`` or ``connect(path:_:)``.
    ///
    /// - Parameter allowHalfOpen: keep the writable side open after the other side ended
    ///   (default false: the socket ends its side too, as Node's does).
    public init(allowHalfOpen: Bool = false) {
        loop = EventLoop.current
        super.init(allowHalfOpen: allowHalfOpen, emitClose: false)
    }

    /// Opens the socket's handle, held by the loop while open and closed with it.
    @discardableResult
    func openHandle(_ kind: Kind) -> LoopHandle {
        _ = sigpipeIgnored
        self.kind = kind
        let handle: LoopHandle
        switch kind {
        case .tcp: handle = LoopHandle.make(uv_tcp_t.self, loop: loop, owner: self, closesWithLoop: true) { uv_tcp_init($0, $1) }
        case .pipe: handle = LoopHandle.make(uv_pipe_t.self, loop: loop, owner: self, closesWithLoop: true) { uv_pipe_init($0, $1, 0) }
        }
        self.handle = handle
        applyPendingOptions()
        return handle
    }

    // MARK: Connecting

    /// Connects to `port` on `host` (Node's `socket.connect(port[, host][, listener])`):
    /// `listener` is added for the `connect` event. A host name is looked up first, as
    /// ``connect(_:_:)`` describes.
    ///
    /// - Parameters:
    ///   - port: the port to connect to.
    ///   - host: an IP address or a host name (default `localhost`).
    ///   - listener: added for `connect`.
    /// - Throws: Node's `ERR_SOCKET_BAD_PORT` for a port outside 0..<65536.
    @discardableResult
    public func connect(port: Int, host: String = "localhost", _ listener: (() throws -> Void)? = nil) throws -> Socket {
        try connect(TCPConnectOptions(port: port, host: host), listener)
    }

    /// Connects over TCP as `options` say (Node's `socket.connect(options[, listener])`):
    /// `listener` is added for the `connect` event.
    ///
    /// An IP address is connected to on the next tick. A host name is looked up first (`lookup`
    /// event), then each address tried is announced (`connectionAttempt`) and, if it fails,
    /// reported (`connectionAttemptFailed`); see ``TCPConnectOptions``. A failed look-up
    /// destroys the socket with Node's error (`getaddrinfo ENOTFOUND name`); when every address
    /// failed, with an ``AggregateError`` of every attempt's error, coded as the first.
    ///
    /// - Parameters:
    ///   - options: the port, the host and how to look it up.
    ///   - listener: added for `connect`.
    /// - Throws: Node's `ERR_SOCKET_BAD_PORT` for a port outside 0..<65536, its
    ///   `ERR_OUT_OF_RANGE` for an attempt timeout below 1, `ERR_INVALID_ARG_VALUE` for a bad
    ///   family or hints, and whatever a ``HostLookup`` throws.
    @discardableResult
    public func connect(_ options: TCPConnectOptions, _ listener: (() throws -> Void)? = nil) throws -> Socket {
        owner.check("Socket.connect")
        if let listener { once(.connect, listener) }
        try validatePort(options.port, name: "Port")
        let plan = try ConnectionPlan(options)
        openHandle(.tcp)
        connecting = true
        try lookUpAndConnect(plan)
        return self
    }

    /// Connects to the Unix-domain socket at `path` (Node's `socket.connect(path[, listener])`).
    @discardableResult
    public func connect(path: String, _ listener: (() throws -> Void)? = nil) -> Socket {
        owner.check("Socket.connect")
        if let listener { once(.connect, listener) }
        let pipe = openHandle(.pipe)
        connecting = true
        ConnectRequest.connect(pipe.pointer(as: uv_pipe_t.self), to: path) { [self] status in
            loop.invoke { connected(status, address: path, port: nil, family: nil) }
        }
        return self
    }

    /// The connect request's completion, as Node's `afterConnect`.
    func connected(_ status: Int32, address: String, port: Int?, family: Int?) {
        // A socket destroyed while connecting has nothing more to say.
        guard connecting, !destroyed else { return }
        connecting = false
        guard status >= 0 else {
            let error = NodeError.socket(status, syscall: "connect", address: address, port: port)
            emitReporting(.connectionAttemptFailed, ConnectionAttemptFailure(address: address, port: port, family: family, error: error))
            return _ = destroy(error)
        }
        readAddresses()
        emitReporting(.connect)
        emitReporting(.ready)
        if let (chunk, callback) = pendingWrite {
            pendingWrite = nil
            dispatch(chunk, callback)
        }
        if let callback = pendingFinal {
            pendingFinal = nil
            shutDown(callback)
        }
        // Start the first read (or get an immediate EOF), as Node does.
        if readWhenConnected {
            readWhenConnected = false
            startReading()
        } else if readable && !isPaused() {
            read(0)
        }
    }

    // MARK: Stream hooks (the work is in Socket+IO.swift)

    override public func _read(size: Int) throws {
        startReading()
    }

    override public func _write(_ chunk: Buffer, encoding: String, callback: @escaping Callback) throws {
        // A write that comes while connecting waits for the connection, as in Node.
        if connecting { return pendingWrite = (chunk, callback) }
        dispatch(chunk, callback)
    }

    override public var hasFinal: Bool { true }

    override public func _final(callback: @escaping Callback) throws {
        if connecting { return pendingFinal = callback }
        shutDown(callback)
    }

    override public func _destroy(_ error: (any Error)?, _ callback: @escaping Callback) throws {
        closeHandle(error, callback)
    }

    /// The stream machinery calls this once it has nothing more to emit; a socket's `close`
    /// comes later, from the handle's close callback, and its listeners must hear it.
    override func releaseCallbacks() {
        guard closeEmitted else { return releaseWhenClosed = true }
        super.releaseCallbacks()
    }

    /// Forgets the listeners and closures once `close` has gone out.
    func releaseStreamCallbacks() {
        super.releaseCallbacks()
    }

    /// A socket a server accepted: connected from the start, and reading at once.
    func accepted(by server: Server) {
        self.server = server
        readAddresses()
    }

    private func readAddresses() {
        guard kind == .tcp, let handle else { return }
        let tcp = handle.pointer(as: uv_tcp_t.self)
        localInfo = SocketAddress { uv_tcp_getsockname(tcp, $0, $1) }.info
        remoteInfo = SocketAddress { uv_tcp_getpeername(tcp, $0, $1) }.info
    }
}

extension EventName where Payload == Void {
    /// A socket's connection is made (Node's `'connect'`).
    public static var connect: Self { Self("connect") }
    /// A socket is ready to use, right after `connect` (Node's `'ready'`).
    public static var ready: Self { Self("ready") }
    /// A socket has been idle for the time ``Socket/setTimeout(_:_:)`` set (Node's
    /// `'timeout'`); the socket stays open.
    public static var timeout: Self { Self("timeout") }
    /// A server is listening (Node's `'listening'`).
    public static var listening: Self { Self("listening") }
}

extension Socket: ClosedWithLoop {
    /// A socket still open when its loop closes emits nothing more: it forgets its listeners
    /// and closures, which may capture it.
    func handleClosedWithLoop() {
        connecting = false
        addressAttempts = nil
        pendingWrite = nil
        pendingFinal = nil
        idleTimer = nil
        releaseStreamCallbacks()
    }
}

/// A write to a peer that has gone (a closed TCP connection, a pipe whose reader exited) raises
/// SIGPIPE, which ends a process by default. Node ignores it at start-up so that the write fails
/// with `EPIPE` instead; NodeLoop does it once, when the process's first stream socket opens.
/// libuv gives every child the default disposition back, so children are not affected.
private let sigpipeIgnored: Void = {
    signal(SIGPIPE, SIG_IGN)
}()

