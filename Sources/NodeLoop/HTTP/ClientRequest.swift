// How a client request lives, as Node's lib/_http_client.js runs it
// -------------------------------------------------------------------
//   made ─▶ headers stored; the agent finds a socket: a free one (reusedSocket), a new one,
//     or a place in its queue (maxSockets)
//   socket given ─▶ (next tick) listeners on the socket, 'socket', what was written goes out
//   write / end ─▶ the head and the body ─▶ 'finish' once the socket took the last byte
//   response head ─▶ 1xx: 'continue' / 'information' and wait for the next head;
//     else an IncomingMessage ─▶ 'response' (dumped if nobody listens)
//   response 'end' ─▶ keep-alive and request finished: the socket goes back to the agent and
//     'close' follows on the next tick; else the socket is ended and 'close' comes with it
//   socket error ─▶ 'error' with it; socket closed before a response ─▶ 'error' `socket hang
//     up`, then 'close'
//
// 'close' is the request's own event, as in Node, not the stream machinery's: the request
// stream is made with neither autoDestroy nor emitClose, and `emitCloseOnce` emits it and then
// drops every listener.

/// A request a client sends and the response it gets (Node's `http.ClientRequest`): made by
/// `http.request` and `http.get`. Set headers until the first
/// write, write the body, `end`; the response comes as `response`.
///
/// ```swift
/// let req = try http.request(HTTPRequestOptions(host: "127.0.0.1", port: 8080, method: "POST")) { res in
///     res.on(.data) { chunk in console.log(try chunk.toString()) }
/// }
/// req.on(.error) { error in console.error(error) }
/// req.end("name=swift")
/// ```
///
/// Events: `socket`, `finish`, `response`, `continue`, `information`, `timeout`, `abort`,
/// `error`, `close`.
public final class ClientRequest: OutgoingMessage {
    /// The method, upper-cased (Node's `method`).
    public let method: String
    /// The request target (Node's `path`).
    public let path: String
    /// The host connected to (Node's `host`).
    public let host: String
    /// The port connected to.
    let port: Int
    /// The agent whose socket the request uses.
    let agent: HTTPAgent
    /// Whether the request went out on a socket an earlier request had used (Node's
    /// `reusedSocket`): a request on such a socket may meet a connection the server just
    /// closed, and can be retried.
    public internal(set) var reusedSocket = false
    /// Whether ``abort()`` was called (Node's `aborted`).
    public private(set) var aborted = false
    /// The response, once its head arrived (Node's `res`).
    public internal(set) var res: IncomingMessage?
    /// The socket idle time, in milliseconds, after which `timeout` is emitted.
    public private(set) var timeout: Double?
    /// The connection's reader, while the request owns the socket.
    var connection: HTTPClientConnection?
    /// The response ended (Node's `_ended`).
    var responseEnded = false
    /// The socket went back to the agent: destroying the request leaves it alone.
    var socketReleased = false
    /// The request is marked destroyed by the exchange itself (the socket closed, or went back
    /// to the agent): its socket and response are left alone (Node sets `destroyed` then).
    private var destroyingQuietly = false
    /// 'close' has been emitted.
    private var closeEmitted = false
    /// The stream machinery asked to drop the listeners before 'close' was emitted.
    private var releaseWhenClosed = false
    /// The abort signal's listener, removed once the request closed.
    private var abortListener: (signal: AbortSignal, id: ListenerID)?

    init(_ options: HTTPRequestOptions, agent: HTTPAgent) throws {
        method = options.method.uppercased()
        path = options.path
        host = options.resolvedHost
        port = options.resolvedPort
        self.agent = agent
        timeout = options.timeout
        super.init(highWaterMark: nil, autoDestroy: false, emitClose: false)
        guard HTTPToken.isToken(method) else { throw NodeError.invalidHTTPToken("Method", method) }
        goesThroughAgent = true
        if ["GET", "HEAD", "DELETE", "OPTIONS", "TRACE", "CONNECT"].contains(method) {
            useChunkedEncodingByDefault = false
        }
        if !agent.keepAlive && agent.maxSockets == .max {
            isLast = true
            shouldKeepAlive = false
        }
        if method == "HEAD" { hasBody = false }
        for (name, value) in options.headers { try setHeader(name, value) }
        if options.setHost && !hasHeader("host") {
            let name = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
            try setHeader("Host", .string(port == 80 ? name : "\(name):\(port)"))
        }
        if let signal = options.signal { watch(signal) }
    }

    /// The agent's key for the request's origin (Node's `agent.getName`).
    var originKey: String { "\(host):\(port):" }

    // MARK: Destroying

    /// Aborts the request (Node's deprecated `abort()`): `abort` on the next tick, and the
    /// request is destroyed.
    public func abort() {
        owner.check("ClientRequest.abort")
        guard !aborted else { return }
        aborted = true
        process.nextTick { [self] in emitReporting(.abort) }
        destroy()
    }

    override public func _destroy(_ error: (any Error)?, _ callback: @escaping Callback) throws {
        // Node's request reports its error through its socket ('error' from the socket's
        // listener), so the stream machinery is told of none.
        defer { callback(nil) }
        if destroyingQuietly { return }
        res?.dump()
        if let socket, !socketReleased {
            _ = socket.destroy(error)
        } else if socket == nil && agent.cancel(self) {
            // Queued in the agent: no socket is coming to close it.
            closeWithoutSocket(error)
        }
    }

    /// Marks the request destroyed without touching its socket or response.
    func destroyQuietly() {
        guard !destroyed else { return }
        destroyingQuietly = true
        destroy()
    }

    /// The request was destroyed before it had a socket: `error` (a hang up unless aborted),
    /// then `close` (Node's `_destroy` of lib/_http_client.js).
    func closeWithoutSocket(_ error: (any Error)?) {
        process.nextTick { [self] in reportClosedWithoutSocket(error) }
    }

    private func reportClosedWithoutSocket(_ error: (any Error)?) {
        if let error = error ?? (aborted ? nil : NodeError.socketHangUp) { emitReporting(.error, error) }
        emitCloseOnce()
    }

    /// Emits `close` once, then drops the listeners (the request's final state).
    func emitCloseOnce() {
        guard !closeEmitted else { return }
        closeEmitted = true
        if let abortListener { abortListener.signal.removeEventListener(.abort, abortListener.id) }
        abortListener = nil
        emitReporting(.close)
        if !destroyed {
            destroyQuietly()
        } else if releaseWhenClosed {
            releaseCallbacks()
        }
    }

    override func releaseCallbacks() {
        guard closeEmitted else {
            releaseWhenClosed = true
            return
        }
        connection = nil
        super.releaseCallbacks()
    }

    private func watch(_ signal: AbortSignal) {
        if signal.aborted {
            destroy(AbortError(cause: signal.reason))
            return
        }
        let id = signal.addEventListener(.abort, once: true) { [weak self, weak signal] in
            _ = self?.destroy(AbortError(cause: signal?.reason))
        }
        abortListener = (signal, id)
    }

    // MARK: Timeout

    /// Sets the socket idle time after which the request emits `timeout` (Node's
    /// `setTimeout(msecs[, callback])`); `callback` is added for `timeout`.
    ///
    /// - Throws: `ERR_OUT_OF_RANGE` for a negative or non-finite time.
    @discardableResult
    public func setTimeout(_ msecs: Double, _ callback: (() throws -> Void)? = nil) throws -> ClientRequest {
        owner.check("ClientRequest.setTimeout")
        guard msecs.isFinite, msecs >= 0 else { throw NodeError.badTimeout(msecs) }
        if let callback { once(.timeout, callback) }
        timeout = msecs
        if let socket, !socketReleased { try socket.setTimeout(msecs) }
        return self
    }

    // MARK: The socket

    /// The agent gives the request its socket; it is taken on the next tick, as in Node.
    func onSocket(_ socket: Socket) {
        process.nextTick { [self] in take(socket) }
    }

    private func take(_ socket: Socket) {
        if destroyed {
            // Destroyed while waiting: the socket goes back and the request closes now, or the
            // socket is destroyed with the error and the request closes after it.
            if errored == nil && !socket.destroyed {
                self.socket = socket
                socketReleased = true
                agent.free(socket, after: self)
                reportClosedWithoutSocket(nil)
            } else {
                let error = errored
                socket.once(EventName<Bool>.close) { [self] _ in reportClosedWithoutSocket(error) }
                // The error is the request's to report: the socket is destroyed without it.
                _ = socket.destroy()
            }
            return
        }
        self.socket = socket
        connection = HTTPClientConnection(request: self, socket: socket)
        emitReporting(.socket, socket)
        assignSocket(socket)
    }

    override func makeImplicitHead() throws {
        storeHead { writer in
            writer.appendRaw(method)
            writer.appendRaw(" " as StaticString)
            writer.appendRaw(path)
            writer.appendRaw(" HTTP/1.1\r\n" as StaticString)
            writeStoredHeaders(into: &writer)
        }
    }
}

/// What the `information` event carries: a 1xx response the request skipped (Node's info
/// object).
public struct HTTPInformation: Sendable {
    /// `100`, `102`, `103`...
    public let statusCode: Int
    /// The reason phrase as sent.
    public let statusMessage: String
    /// `"1.1"`.
    public let httpVersion: String
    /// The headers of the 1xx response.
    public let headers: IncomingHeaders
    /// The header lines as sent.
    public let rawHeaders: [String]
}

extension EventName where Payload == Socket {
    /// A client request has its socket (Node's `'socket'`).
    public static var socket: Self { Self("socket") }
}

extension EventName where Payload == IncomingMessage {
    /// The response's head arrived (Node's `'response'`).
    public static var response: Self { Self("response") }
}

extension EventName where Payload == HTTPInformation {
    /// A 1xx response arrived before the final one (Node's `'information'`).
    public static var information: Self { Self("information") }
}

extension EventName where Payload == Void {
    /// The server answered `100 Continue`: send the body (Node's `'continue'`).
    public static var `continue`: Self { Self("continue") }
    /// The request was aborted with `abort()` (Node's deprecated `'abort'`).
    public static var abort: Self { Self("abort") }
}
