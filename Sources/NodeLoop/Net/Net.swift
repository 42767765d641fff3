/// Node's `net` module: TCP and Unix-domain servers and connections, and what it says about the
/// text of an IP address (`net.isIP`).
///
/// ```swift
/// let server = net.createServer { socket in socket.pipe(socket) }
/// try server.listen(0, "127.0.0.1") {
///     let port = server.address()!.port
///     let client = try net.connect(port: port, host: "127.0.0.1") { client.end("hi") }
///     client.on(.data) { chunk in console.log(chunk.toString()) }     // hi
///     client.on(.close) { server.close() }
/// }
/// ```
public let net = NetModule()

/// The type of ``net``; its members act on the calling thread's loop.
public struct NetModule: Sendable {
    /// A server; `connectionListener` is added for `connection` (Node's `net.createServer`).
    ///
    /// - Parameters:
    ///   - allowHalfOpen: accepted sockets keep their writable side open after the other side
    ///     ended.
    ///   - pauseOnConnect: accepted sockets start paused (call `resume()` to read).
    ///   - connectionListener: called with each accepted socket.
    public func createServer(
        allowHalfOpen: Bool = false, pauseOnConnect: Bool = false, _ connectionListener: ((Socket) throws -> Void)? = nil
    ) -> Server {
        Server(allowHalfOpen: allowHalfOpen, pauseOnConnect: pauseOnConnect, connectionListener)
    }

    /// A socket connecting to `port` on `host` (Node's `net.connect(port[, host][, listener])`);
    /// `listener` is added for `connect`.
    ///
    /// - Parameters:
    ///   - port: the port to connect to.
    ///   - host: an IP address or a host name, looked up first (default `localhost`).
    ///   - allowHalfOpen: keep the writable side open after the other side ended.
    ///   - timeout: the socket's idle timeout in milliseconds (``Socket/setTimeout(_:_:)``).
    ///   - listener: added for `connect`.
    /// - Throws: `ERR_SOCKET_BAD_PORT` for a port outside 0..<65536; `ERR_OUT_OF_RANGE` for a
    ///   bad timeout.
    @discardableResult
    public func connect(
        port: Int, host: String = "localhost", allowHalfOpen: Bool = false, timeout: Double? = nil,
        _ listener: (() throws -> Void)? = nil
    ) throws -> Socket {
        try connect(TCPConnectOptions(port: port, host: host), allowHalfOpen: allowHalfOpen, timeout: timeout, listener)
    }

    /// A socket connecting over TCP as `options` say (Node's `net.connect(options[, listener])`);
    /// see ``Socket/connect(_:_:)``.
    ///
    /// - Parameters:
    ///   - options: the port, the host and how to look it up.
    ///   - allowHalfOpen: keep the writable side open after the other side ended.
    ///   - timeout: the socket's idle timeout in milliseconds (``Socket/setTimeout(_:_:)``).
    ///   - listener: added for `connect`.
    /// - Throws: what ``Socket/connect(_:_:)`` throws; `ERR_OUT_OF_RANGE` for a bad timeout.
    @discardableResult
    public func connect(
        _ options: TCPConnectOptions, allowHalfOpen: Bool = false, timeout: Double? = nil, _ listener: (() throws -> Void)? = nil
    ) throws -> Socket {
        let socket = Socket(allowHalfOpen: allowHalfOpen)
        if let timeout { try socket.setTimeout(timeout) }
        return try socket.connect(options, listener)
    }

    /// A socket connecting to the Unix-domain socket at `path` (Node's
    /// `net.connect(path[, listener])`).
    @discardableResult
    public func connect(
        path: String, allowHalfOpen: Bool = false, timeout: Double? = nil, _ listener: (() throws -> Void)? = nil
    ) throws -> Socket {
        let socket = Socket(allowHalfOpen: allowHalfOpen)
        if let timeout { try socket.setTimeout(timeout) }
        return socket.connect(path: path, listener)
    }

    /// The same as ``connect(port:host:allowHalfOpen:timeout:_:)``.
    @discardableResult
    public func createConnection(
        port: Int, host: String = "localhost", allowHalfOpen: Bool = false, timeout: Double? = nil,
        _ listener: (() throws -> Void)? = nil
    ) throws -> Socket {
        try connect(port: port, host: host, allowHalfOpen: allowHalfOpen, timeout: timeout, listener)
    }

    /// The same as ``connect(_:allowHalfOpen:timeout:_:)``.
    @discardableResult
    public func createConnection(
        _ options: TCPConnectOptions, allowHalfOpen: Bool = false, timeout: Double? = nil, _ listener: (() throws -> Void)? = nil
    ) throws -> Socket {
        try connect(options, allowHalfOpen: allowHalfOpen, timeout: timeout, listener)
    }

    /// The same as ``connect(path:allowHalfOpen:timeout:_:)``.
    @discardableResult
    public func createConnection(
        path: String, allowHalfOpen: Bool = false, timeout: Double? = nil, _ listener: (() throws -> Void)? = nil
    ) throws -> Socket {
        try connect(path: path, allowHalfOpen: allowHalfOpen, timeout: timeout, listener)
    }
}
