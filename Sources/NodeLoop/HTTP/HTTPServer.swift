// How an HTTP server runs, as Node's lib/_http_server.js runs it
// ---------------------------------------------------------------
//   listen, close, address: a `net` server's (HTTPServer is one)
//   each connection ─▶ an HTTPServerConnection reads it (HTTPServerConnection.swift)
//   each request head ─▶ 'request' (req, res), or 'checkContinue' for `Expect: 100-continue`
//     with a listener, or a 400 for an HTTP/1.1 request without Host, or a 503 past
//     `maxRequestsPerSocket`, or a 417 for another expectation
//   a malformed request ─▶ 'clientError' (error, socket); without a listener, Node's answer
//     (400, 431 for a head past 16 KiB, 413 for chunk extensions past 16 KiB, 408 for a
//     request timeout) and the connection is destroyed
//   close() ─▶ idle connections are closed at once, the others when their last answer is sent

/// Node's `http.Server`: a ``Server`` that reads HTTP/1.1 requests from each connection and
/// answers them through ``ServerResponse``s.
///
/// ```swift
/// let server = http.createServer { req, res in
///     try res.writeHead(200, ["Content-Type": "text/plain"])
///     res.end("hello world\n")
/// }
/// try server.listen(8080, "127.0.0.1")
/// ```
public final class HTTPServer: Server {
    /// How long a connection may sit idle after an answer before it is closed, in milliseconds
    /// (Node's `keepAliveTimeout`, 5000; 0 keeps it open). Announced in `Keep-Alive: timeout=`.
    public var keepAliveTimeout: Double = 5000
    /// How long a request's head may take to arrive, in milliseconds (Node's `headersTimeout`,
    /// 60000).
    public var headersTimeout: Double
    /// How long a whole request may take to arrive, in milliseconds (Node's `requestTimeout`,
    /// 300000; 0 for no limit).
    public var requestTimeout: Double
    /// The idle time after which a connection's `timeout` fires, in milliseconds (Node's
    /// `server.timeout`, 0: none). Without a `timeout` listener the connection is destroyed.
    public var timeout: Double = 0
    /// The most header lines folded into a request's `headers`; later ones are left out of it,
    /// though `rawHeaders` keeps them (Node's `maxHeadersCount`; nil: 2000, 0: no limit).
    public var maxHeadersCount: Int?
    /// The most requests one connection may carry; later ones get a 503 (Node's
    /// `maxRequestsPerSocket`, 0: no limit).
    public var maxRequestsPerSocket = 0
    /// The largest request head, in bytes (Node's `maxHeaderSize`, 16384).
    public let maxHeaderSize: Int
    /// Whether an HTTP/1.1 request without `Host` gets a 400 (Node's `requireHostHeader`).
    public let requireHostHeader: Bool
    /// Whether every repeated header is joined with `", "`, even those Node keeps one of.
    public let joinDuplicateHeaders: Bool
    /// The high-water mark of requests and responses (Node's `highWaterMark` option).
    let highWaterMark: Int?
    /// The connections being read (Node's `kConnections`).
    private var connections: [ObjectIdentifier: HTTPServerConnection] = [:]
    /// The timer that checks `headersTimeout` and `requestTimeout` while the server listens.
    private var expiryCheck: Timeout?

    /// A server; prefer ``HTTPModule/createServer(_:_:)``.
    init(options: HTTPServerOptions, _ requestListener: ((IncomingMessage, ServerResponse) throws -> Void)?) {
        maxHeaderSize = options.maxHeaderSize ?? HTTPParser.defaultMaxHeaderSize
        requestTimeout = options.requestTimeout ?? 300_000
        headersTimeout = options.headersTimeout ?? Swift.min(60_000, options.requestTimeout ?? 300_000)
        requireHostHeader = options.requireHostHeader
        joinDuplicateHeaders = options.joinDuplicateHeaders
        highWaterMark = options.highWaterMark
        super.init(allowHalfOpen: true)
        // The server's own listeners come before any the program adds, as in Node.
        on(.connection) { [unowned self] socket in adopt(socket) }
        on(.listening) { [unowned self] in startExpiryCheck(every: options.connectionsCheckingInterval) }
        if let requestListener { on(.request, requestListener) }
    }

    private func adopt(_ socket: Socket) {
        socket.setNoDelay(true)
        let connection = HTTPServerConnection(server: self, socket: socket)
        connections[ObjectIdentifier(connection)] = connection
    }

    /// A connection closed.
    func forget(_ connection: HTTPServerConnection) {
        connections[ObjectIdentifier(connection)] = nil
    }

    // MARK: Timeouts

    /// Sets ``timeout`` (Node's `server.setTimeout(msecs[, callback])`); `callback` is added
    /// for `timeout`.
    @discardableResult
    public func setTimeout(_ msecs: Double, _ callback: ((Socket) throws -> Void)? = nil) -> HTTPServer {
        owner.check("HTTPServer.setTimeout")
        timeout = msecs
        if let callback { on(.timeout, callback) }
        return self
    }

    private func startExpiryCheck(every interval: Double) {
        clearInterval(expiryCheck)
        expiryCheck = setInterval(interval) { [weak self] in self?.checkExpiry() }.unref()
    }

    private func checkExpiry() {
        guard headersTimeout > 0 || requestTimeout > 0 else { return }
        let now = performance.now()
        for connection in connections.values {
            connection.checkExpiry(now: now, headersTimeout: headersTimeout, requestTimeout: requestTimeout)
        }
    }

    // MARK: Closing

    /// Stops accepting connections and closes the idle ones; the others close once their
    /// last answer is sent (Node 20's `server.close([callback])`).
    @discardableResult
    override public func close(_ callback: (((any Error)?) throws -> Void)? = nil) -> Server {
        closeIdleConnections()
        clearInterval(expiryCheck)
        expiryCheck = nil
        return super.close(callback)
    }

    /// Destroys every connection, busy or not (Node's `closeAllConnections`).
    public func closeAllConnections() {
        owner.check("HTTPServer.closeAllConnections")
        for connection in Array(connections.values) { _ = connection.socket.destroy() }
    }

    /// Destroys the connections that wait for a request with no answer under way (Node's
    /// `closeIdleConnections`).
    public func closeIdleConnections() {
        owner.check("HTTPServer.closeIdleConnections")
        for connection in Array(connections.values) where connection.isIdle { _ = connection.socket.destroy() }
    }

    override func releaseListeners() {
        clearInterval(expiryCheck)
        expiryCheck = nil
        super.releaseListeners()
    }
}

/// How ``HTTPModule/createServer(_:_:)`` sets up a server: Node's `http.createServer` options.
public struct HTTPServerOptions: Sendable {
    /// The largest request head, in bytes (default 16384).
    public var maxHeaderSize: Int?
    /// See ``HTTPServer/requestTimeout`` (default 300000 ms).
    public var requestTimeout: Double?
    /// See ``HTTPServer/headersTimeout`` (default the smaller of 60000 ms and `requestTimeout`).
    public var headersTimeout: Double?
    /// How often the two timeouts above are checked, in milliseconds (default 30000).
    public var connectionsCheckingInterval: Double
    /// An HTTP/1.1 request without `Host` gets a 400 (default true).
    public var requireHostHeader: Bool
    /// Join every repeated request header with `", "` (default false).
    public var joinDuplicateHeaders: Bool
    /// The high-water mark of requests and responses (default the stream default).
    public var highWaterMark: Int?

    /// Options with Node's defaults, changed where given.
    public init(
        maxHeaderSize: Int? = nil, requestTimeout: Double? = nil, headersTimeout: Double? = nil,
        connectionsCheckingInterval: Double = 30_000, requireHostHeader: Bool = true,
        joinDuplicateHeaders: Bool = false, highWaterMark: Int? = nil
    ) {
        self.maxHeaderSize = maxHeaderSize
        self.requestTimeout = requestTimeout
        self.headersTimeout = headersTimeout
        self.connectionsCheckingInterval = connectionsCheckingInterval
        self.requireHostHeader = requireHostHeader
        self.joinDuplicateHeaders = joinDuplicateHeaders
        self.highWaterMark = highWaterMark
    }
}

extension EventName where Payload == (IncomingMessage, ServerResponse) {
    /// A request's head arrived (Node's `'request'`): read the body from the first value,
    /// answer through the second.
    public static var request: Self { Self("request") }
    /// A request with `Expect: 100-continue` arrived; call `res.writeContinue()` to let the
    /// client send its body, or answer at once (Node's `'checkContinue'`). Without a listener
    /// the server sends `100 Continue` itself and emits `request`.
    public static var checkContinue: Self { Self("checkContinue") }
    /// A request with an `Expect` other than `100-continue` arrived (Node's
    /// `'checkExpectation'`). Without a listener the server answers 417.
    public static var checkExpectation: Self { Self("checkExpectation") }
}

extension EventName where Payload == (any Error, Socket) {
    /// A connection sent something that is not HTTP, or timed out (Node's `'clientError'`). A
    /// listener owns the socket: answer and end it, or destroy it. Without one the server
    /// answers 400 (431, 413 or 408 as fits) and destroys it.
    public static var clientError: Self { Self("clientError") }
}

extension EventName where Payload == (IncomingMessage, Socket) {
    /// A request past `maxRequestsPerSocket` was answered with 503 (Node's `'dropRequest'`).
    public static var dropRequest: Self { Self("dropRequest") }
}

extension EventName where Payload == Socket {
    /// A connection was idle for ``HTTPServer/timeout`` (Node's server `'timeout'`).
    public static var timeout: Self { Self("timeout") }
}
