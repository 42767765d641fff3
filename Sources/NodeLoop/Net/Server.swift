import CLibUV

// How a server runs, as Node's lib/net.js orders it
// -------------------------------------------------
//   listen(port, host) ─ next tick (Node's look-up of the host) ─▶ bind + listen ─ next tick ─▶
//   'listening'; without a host the bind is at once, on `::` (or `0.0.0.0` without IPv6)
//   each connection ─▶ a Socket on an accepted handle, reading at once ─▶ 'connection'
//     (past maxConnections: the connection is closed and 'drop' is emitted instead)
//   close() ─▶ the listening handle closes; 'close' comes on the tick after the last
//   connection is destroyed, and then the server forgets its listeners and closures
//
// Errors of `listen` (EADDRINUSE, EACCES) are emitted as `error` on the next tick.

/// Node's `net.Server`: accepts TCP or Unix-domain connections, each a ``Socket``.
///
/// ```swift
/// let server = net.createServer { socket in socket.pipe(socket) }   // an echo server
/// server.listen(0, "127.0.0.1") {
///     console.log("listening on", server.address()!.port)
/// }
/// ```
public class Server: EventEmitter {
    let loop: EventLoop
    private let allowHalfOpen: Bool
    private let pauseOnConnect: Bool
    private var handle: LoopHandle?
    private var kind = Socket.Kind.tcp
    /// The sockets this server accepted that are not destroyed yet (Node's `_connections`).
    private var connections = 0
    private var isUnrefed = false
    private var pipePath: String?
    private var boundAddress: AddressInfo?
    /// Listening was asked for and its host is being "looked up" (the tick before the bind).
    private var isStarting = false

    /// Node's `maxConnections`: connections past this many are closed at once (`drop`).
    public var maxConnections: Int?

    /// A server; `connectionListener` is added for the `connection` event. Prefer
    /// `net.createServer`.
    public init(allowHalfOpen: Bool = false, pauseOnConnect: Bool = false, _ connectionListener: ((Socket) throws -> Void)? = nil) {
        loop = EventLoop.current
        self.allowHalfOpen = allowHalfOpen
        self.pauseOnConnect = pauseOnConnect
        super.init()
        if let connectionListener { on(.connection, connectionListener) }
        // A server that is not listening has no handle, so nothing ever brings it to a final
        // state: one whose listener captures it (an `error` listener after a failed listen)
        // would live on in a cycle. The loop's closing is its final state. Read only on the
        // loop's thread, where the close handlers run.
        nonisolated(unsafe) weak let server = self
        _ = loop.executor.addCloseHandler(ObjectIdentifier(self)) { server?.releaseListeners() }
    }

    deinit {
        loop.executor.removeCloseHandler(ObjectIdentifier(self))
    }

    // MARK: Listening

    /// Listens on `port` (0: a free port the system picks) of `host` (Node's
    /// `server.listen(port[, host][, backlog][, callback])`). Without a host the server
    /// listens on every address, IPv6 and IPv4; a host name is looked up first and the server
    /// listens on its first address, or emits the look-up's error. `callback` is added for
    /// `listening`.
    ///
    /// - Throws: Node's `ERR_SOCKET_BAD_PORT` for a port outside 0..<65536,
    ///   `ERR_SERVER_ALREADY_LISTEN` if the server is listening.
    @discardableResult
    public func listen(_ port: Int = 0, _ host: String? = nil, backlog: Int = 511, _ callback: (() throws -> Void)? = nil) throws -> Server {
        owner.check("Server.listen")
        try validatePort(port, name: "options.port")
        guard handle == nil else { throw NodeError.serverAlreadyListen }
        if let callback { once(.listening, callback) }
        guard let host else {
            bindTCP(candidates: ["::", "0.0.0.0"], port: port, backlog: backlog)
            return self
        }
        // Node looks the host up first (`dns.lookup`, which answers an IP address on the next
        // tick) and listens on the first address; a failed look-up is the server's `error`.
        let query = try LookupQuery(host, family: 0, hints: [], order: .verbatim, acceptsFamilyNames: true)
        isStarting = true
        query.callback { [self] outcome in
            guard isStarting else { return }
            isStarting = false
            switch outcome {
            case .success(let addresses):
                bindTCP(candidates: addresses.first.map { [$0.address] } ?? ["::", "0.0.0.0"], port: port, backlog: backlog)
            case .failure(let error):
                try emit(.error, error)
            }
        }
        return self
    }

    /// Listens on the Unix-domain socket at `path` (Node's `server.listen(path)`).
    ///
    /// - Throws: `ERR_SERVER_ALREADY_LISTEN` if the server is listening.
    @discardableResult
    public func listen(path: String, backlog: Int = 511, _ callback: (() throws -> Void)? = nil) throws -> Server {
        owner.check("Server.listen")
        guard handle == nil else { throw NodeError.serverAlreadyListen }
        if let callback { once(.listening, callback) }
        kind = .pipe
        let pipe = open(.pipe)
        var status = uv_pipe_bind(pipe.pointer(as: uv_pipe_t.self), path)
        if status == 0 { status = startListening(pipe, backlog: backlog) }
        guard status == 0 else {
            failed(NodeError.listen(status, address: path, port: -1))
            return self
        }
        pipePath = path
        listened()
        return self
    }

    private func bindTCP(candidates: [String], port: Int, backlog: Int) {
        kind = .tcp
        var status: Int32 = UV_EINVAL.rawValue
        var address = candidates[0]
        for candidate in candidates {
            address = candidate
            guard let socketAddress = SocketAddress(host: candidate, port: port) else {
                return failed(NodeError.invalidIPAddress(candidate))
            }
            let tcp = open(.tcp)
            status = socketAddress.withPointer { uv_tcp_bind(tcp.pointer(as: uv_tcp_t.self), $0, 0) }
            if status == 0 { status = startListening(tcp, backlog: backlog) }
            if status == 0 {
                boundAddress = SocketAddress { uv_tcp_getsockname(tcp.pointer(as: uv_tcp_t.self), $0, $1) }.info
                return listened()
            }
            closeHandle()
            // Without IPv6, Node falls back to IPv4's any address.
            if status != UV_EAFNOSUPPORT.rawValue { break }
        }
        failed(NodeError.listen(status, address: address, port: port))
    }

    private func open(_ kind: Socket.Kind) -> LoopHandle {
        let handle: LoopHandle
        switch kind {
        case .tcp: handle = LoopHandle.make(uv_tcp_t.self, loop: loop, owner: self, closesWithLoop: true) { uv_tcp_init($0, $1) }
        case .pipe: handle = LoopHandle.make(uv_pipe_t.self, loop: loop, owner: self, closesWithLoop: true) { uv_pipe_init($0, $1, 0) }
        }
        if isUnrefed { handle.unref() }
        self.handle = handle
        return handle
    }

    private func startListening(_ handle: LoopHandle, backlog: Int) -> Int32 {
        uv_listen(handle.stream, Int32(clamping: backlog)) { stream, status in
            guard let server = LoopHandle.of(stream).owner(as: Server.self) else { return }
            server.loop.invoke { try server.accept(status) }
        }
    }

    private func listened() {
        process.nextTick { [self] in try emit(.listening) }
    }

    private func failed(_ error: NodeError) {
        closeHandle()
        process.nextTick { [self] in try emit(.error, error) }
    }

    private func closeHandle() {
        handle?.close()
        handle = nil
        boundAddress = nil
        pipePath = nil
    }

    // MARK: Connections

    private func accept(_ status: Int32) throws {
        guard status >= 0, let handle else {
            try emit(.error, NodeError.errno(status, syscall: "accept"))
            return
        }
        let socket = Socket(allowHalfOpen: allowHalfOpen)
        let client = socket.openHandle(kind)
        guard uv_accept(handle.stream, client.stream) == 0 else {
            return client.close()
        }
        socket.accepted(by: self)
        if let maxConnections, connections >= maxConnections {
            socket.server = nil
            let dropped = DroppedConnection(socket)
            client.close()
            try emit(.drop, dropped)
            return
        }
        connections += 1
        if pauseOnConnect { socket.pause() } else { socket.read(0) }
        try emit(.connection, socket)
    }

    /// An accepted socket was destroyed.
    func connectionClosed() {
        connections -= 1
        emitCloseIfDrained()
    }

    /// Node's `getConnections(callback)`: the number of open connections, on the next tick.
    public func getConnections(_ callback: @escaping ((any Error)?, Int) throws -> Void) {
        owner.check("Server.getConnections")
        let count = connections
        process.nextTick { try callback(nil, count) }
    }

    // MARK: State

    /// Whether the server is listening (Node's `listening`).
    public var listening: Bool { handle != nil }

    /// The address the server listens on (Node's `server.address()`); nil when it is not
    /// listening or listens on a pipe (see ``path``).
    public func address() -> AddressInfo? { boundAddress }

    /// The pipe path a server listening on a Unix-domain socket listens on; Node returns it
    /// from `address()`.
    public var path: String? { pipePath }

    /// Lets the listening server keep the loop alive (the default).
    @discardableResult
    public func ref() -> Server {
        owner.check("Server.ref")
        isUnrefed = false
        handle?.ref()
        return self
    }

    /// Lets the loop end while the server listens (Node's `unref`).
    @discardableResult
    public func unref() -> Server {
        owner.check("Server.unref")
        isUnrefed = true
        handle?.unref()
        return self
    }

    // MARK: Closing

    /// Stops accepting connections (Node's `server.close([callback])`). `close` is emitted
    /// once every connection is destroyed; `callback` runs then, with nil, or with
    /// `ERR_SERVER_NOT_RUNNING` if the server was not listening.
    @discardableResult
    public func close(_ callback: (((any Error)?) throws -> Void)? = nil) -> Server {
        owner.check("Server.close")
        if let callback {
            let running = handle != nil
            once(.close) { () throws in try callback(running ? nil : NodeError.serverNotRunning) }
        }
        isStarting = false
        closeHandle()
        emitCloseIfDrained()
        return self
    }

    private var closeQueued = false

    private func emitCloseIfDrained() {
        guard handle == nil, !isStarting, connections == 0, !closeQueued else { return }
        closeQueued = true
        process.nextTick { [self] in
            closeQueued = false
            defer { releaseListeners() }
            try emit(.close)
        }
    }
}

/// What Node's `'drop'` event tells about a connection refused past `maxConnections`.
public struct DroppedConnection: Sendable, CustomStringConvertible {
    public let localAddress: String?
    public let localPort: Int?
    public let localFamily: String?
    public let remoteAddress: String?
    public let remotePort: Int?
    public let remoteFamily: String?

    init(_ socket: Socket) {
        localAddress = socket.localAddress
        localPort = socket.localPort
        localFamily = socket.localFamily
        remoteAddress = socket.remoteAddress
        remotePort = socket.remotePort
        remoteFamily = socket.remoteFamily
    }

    public var description: String { inspect(self, topLevel: false) }
}

extension DroppedConnection: InspectableAsObject {
    var inspectedProperties: [(key: String, value: Any?)] {
        [
            ("localAddress", localAddress), ("localPort", localPort), ("localFamily", localFamily),
            ("remoteAddress", remoteAddress), ("remotePort", remotePort), ("remoteFamily", remoteFamily),
        ]
    }
}

extension EventName where Payload == Socket {
    /// A server accepted a connection (Node's `'connection'`).
    public static var connection: Self { Self("connection") }
}

extension EventName where Payload == DroppedConnection {
    /// A server closed a connection because it had `maxConnections` already (Node's `'drop'`).
    public static var drop: Self { Self("drop") }
}

@available(*, unavailable, message: "a server belongs to the loop it was made on")
extension Server: Sendable {}
