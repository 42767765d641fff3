import CLibUV

// One connection of an HTTP server, as Node's connectionListenerInternal reads it
// -------------------------------------------------------------------------------
//   socket data ─▶ parser ─▶ head: an IncomingMessage and its ServerResponse, 'request'
//                          ─▶ body: pushed into the request (a full buffer pauses the socket)
//                          ─▶ end of message: the request completes
//                          ─▶ error: 'clientError', or Node's error answer and destroy
//   pipelining: requests are read as they come; each response waits in `waitingResponses`
//     until those before it finished, so answers go out in request order
//   response 'finish' ─▶ the request is done (its unread body dumped); the connection closes
//     after a response that said `Connection: close`, else the next waiting response takes
//     the socket, else the connection idles under `keepAliveTimeout`
//   socket end ─▶ unanswered requests are aborted and the socket ends; socket close ─▶ the
//     responses still open are destroyed
//
// The connection lives as long as its socket's listeners hold it: the socket drops them at
// `close`, and the server forgets the connection then.

/// Reads one accepted socket for an ``HTTPServer`` (Node's per-connection `state` and the
/// parser callbacks of lib/_http_server.js).
final class HTTPServerConnection: HTTPParserDelegate {
    let server: HTTPServer
    let socket: Socket
    // Loop-confined, and touched several times a request: no runtime exclusivity checks.
    // `execute` holds the parser for the whole parse, and nothing the parse calls back into
    // touches it (the delegate methods below never do).
    @exclusivity(unchecked) private var parser: HTTPParser
    /// The request whose head or body is being parsed (Node's `parser.incoming`).
    @exclusivity(unchecked) private var parsing: IncomingMessage?
    /// Requests whose responses have not finished, oldest first (Node's `state.incoming`).
    @exclusivity(unchecked) private var unanswered: [IncomingMessage] = []
    /// Responses written before the ones ahead of them finished (Node's `state.outgoing`).
    @exclusivity(unchecked) private var waitingResponses: [ServerResponse] = []
    /// The response that owns the socket now (Node's `socket._httpMessage`).
    @exclusivity(unchecked) private var activeResponse: ServerResponse?
    private var requestCount = 0
    /// The socket timeout is the keep-alive one, to be reset when a request comes.
    @exclusivity(unchecked) private var keepAliveTimeoutSet = false
    /// When the current request's first byte came (for `headersTimeout` and `requestTimeout`),
    /// in `performance.now()` milliseconds; nil between requests.
    @exclusivity(unchecked) private var requestStartedAt: Double?
    /// The head of the current request has arrived (`headersTimeout` no longer applies).
    @exclusivity(unchecked) private var headComplete = false
    /// A parse error or timeout was reported; the connection is being destroyed.
    @exclusivity(unchecked) private var failed = false

    init(server: HTTPServer, socket: Socket) {
        self.server = server
        self.socket = socket
        parser = HTTPParser(kind: .request, maxHeaderSize: server.maxHeaderSize)
        if server.timeout > 0 { _ = try? socket.setTimeout(server.timeout) }
        socket.on(.timeout) { [unowned self] in try socketTimedOut() }
        socket.on(.data) { [unowned self] chunk in received(chunk) }
        socket.on(.end) { [unowned self] in peerEnded() }
        socket.on(.error) { [unowned self] error in try reportClientError(error) }
        socket.on(.close) { [unowned self] (_: Bool) in socketClosed() }
    }

    /// Whether no request is being read or answered (`closeIdleConnections` closes it).
    var isIdle: Bool {
        parsing == nil && unanswered.isEmpty && (activeResponse.map { $0.writableEnded } ?? true)
    }

    // MARK: Reading

    private func received(_ chunk: Buffer) {
        guard !failed else { return }
        let outcome: HTTPParseOutcome
        do throws(HTTPParserError) {
            outcome = try parser.execute(chunk, delegate: self)
        } catch {
            return reportParseError(error, rawPacket: chunk)
        }
        if case .upgrade = outcome {
            // CONNECT (the server has no `connect` event yet): Node destroys the connection of
            // a CONNECT nobody handles.
            _ = socket.destroy()
        }
    }

    private func peerEnded() {
        do throws(HTTPParserError) {
            try parser.finish(delegate: self)
        } catch {
            return reportParseError(error, rawPacket: Buffer())
        }
        // Node 20 does not answer requests on a connection the client half-closed.
        abortUnanswered()
        if socket.writable { socket.end() }
    }

    private func reportParseError(_ error: HTTPParserError, rawPacket: Buffer) {
        do {
            try reportClientError(HTTPParseError(error, rawPacket: rawPacket))
        } catch {
            server.loop.handleUncaught(error)
        }
    }

    /// Node's `socketOnError`: the server's `clientError` decides, else Node's answer.
    private func reportClientError(_ error: any Error) throws {
        guard !failed else { return }
        failed = true
        // The connection is going: a later socket error must not reach the program as uncaught.
        socket.removeAllListeners(EventName<any Error>.error)
        socket.on(.error) { _ in }
        if try server.emit(.clientError, (error, socket)) { return }
        if socket.writable && !(activeResponse?.headWritten ?? false) {
            let code = (error as? HTTPParseError)?.code ?? (error as? NodeError)?.code
            let answer = switch code {
            case "HPE_HEADER_OVERFLOW": "HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n"
            case "HPE_CHUNK_EXTENSIONS_OVERFLOW": "HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n"
            case "ERR_HTTP_REQUEST_TIMEOUT": "HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n"
            default: "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n"
            }
            socket.write(Buffer(answer.utf8))
        }
        _ = socket.destroy(error)
    }

    // MARK: The parser's callbacks

    func httpMessageBegins() {
        requestStartedAt = performance.now()
        headComplete = false
    }

    func httpHeadComplete(_ head: HTTPMessageHead) -> HTTPBodyHandling {
        headComplete = true
        if keepAliveTimeoutSet {
            keepAliveTimeoutSet = false
            _ = try? socket.setTimeout(server.timeout)
        }
        if head.upgrade && head.method == .connect { return .upgrade }
        let request = IncomingMessage(
            head: head, socket: socket, joinDuplicateHeaders: server.joinDuplicateHeaders,
            maxHeadersCount: server.maxHeadersCount.map { $0 == 0 ? .max : $0 } ?? 2000,
            highWaterMark: server.highWaterMark
        )
        parsing = request
        do {
            try begin(request, keepAlive: head.shouldKeepAlive)
        } catch {
            server.loop.handleUncaught(error)
        }
        return .read
    }

    func httpBody(_ bytes: UnsafeRawBufferPointer) {
        parsing?.receiveBody(bytes)
    }

    func httpMessageComplete(trailers: HTTPHeaderFields) {
        requestStartedAt = nil
        guard let request = parsing else { return }
        parsing = nil
        request.completed(trailers: trailers, joinDuplicateHeaders: server.joinDuplicateHeaders)
    }

    // MARK: Answering

    /// Node's `parserOnIncoming`: makes the response and emits the request.
    private func begin(_ request: IncomingMessage, keepAlive: Bool) throws {
        unanswered.append(request)
        let response = ServerResponse(req: request, highWaterMark: server.highWaterMark)
        response.keepAliveTimeout = server.keepAliveTimeout
        response.maxRequestsPerSocket = server.maxRequestsPerSocket
        response.shouldKeepAlive = response.shouldKeepAlive && keepAlive
        if activeResponse == nil {
            activeResponse = response
            response.assignSocket(socket)
        } else {
            waitingResponses.append(response)
        }
        response.on(.finish) { [weak self, unowned response] in self?.finished(response) }

        if request.httpVersionMajor == 1 && request.httpVersionMinor == 1 {
            if server.requireHostHeader && request.firstHeaderValue("host") == nil {
                try response.writeHead(400, nil, ["Connection": "close"])
                response.end()
                return
            }
            if server.maxRequestsPerSocket > 0 {
                requestCount += 1
                response.maxRequestsOnConnectionReached = server.maxRequestsPerSocket <= requestCount
                if server.maxRequestsPerSocket < requestCount {
                    try server.emit(.dropRequest, (request, socket))
                    try response.writeHead(503)
                    response.end()
                    return
                }
            }
            if let expectation = request.firstHeaderValue("expect") {
                if expectation.lowercased().hasPrefix("100-continue") {
                    response.expectsContinue = true
                    if server.listenerCount(EventName<(IncomingMessage, ServerResponse)>.checkContinue) > 0 {
                        try server.emit(.checkContinue, (request, response))
                    } else {
                        response.writeContinue()
                        try server.emit(.request, (request, response))
                    }
                } else if server.listenerCount(EventName<(IncomingMessage, ServerResponse)>.checkExpectation) > 0 {
                    try server.emit(.checkExpectation, (request, response))
                } else {
                    try response.writeHead(417)
                    response.end()
                }
                return
            }
        }
        try server.emit(.request, (request, response))
    }

    /// Node's `resOnFinish`: the response went out; the connection moves on.
    private func finished(_ response: ServerResponse) {
        let request = response.req
        if let index = unanswered.firstIndex(where: { $0 === request }) { unanswered.remove(at: index) }
        if !request.isConsuming { request.dump() }
        response.detachSocket()
        request.socket = nil
        if activeResponse === response { activeResponse = nil }
        if response.isLast {
            socket.destroySoon()
        } else if let next = waitingResponses.first {
            waitingResponses.removeFirst()
            activeResponse = next
            next.assignSocket(socket)
        } else if server.keepAliveTimeout > 0 {
            // Node waits a second longer than it announced, so that a client that takes the
            // announced time at its word never finds the connection closing under it.
            _ = try? socket.setTimeout(server.keepAliveTimeout + 1000)
            keepAliveTimeoutSet = true
        }
    }

    // MARK: Timeouts and closing

    /// Node's `socketOnTimeout`: the request, the response or the server may handle it; else
    /// the connection is destroyed.
    private func socketTimedOut() throws {
        var handled = false
        if let request = unanswered.first, !request.complete { handled = try request.emit(.timeout) }
        if let response = activeResponse { handled = try response.emit(.timeout) || handled }
        handled = try server.emit(.timeout, socket) || handled
        if !handled { _ = socket.destroy() }
    }

    /// Node's `checkConnections`, for this connection.
    func checkExpiry(now: Double, headersTimeout: Double, requestTimeout: Double) {
        guard let started = requestStartedAt, !failed else { return }
        let limit = headComplete ? requestTimeout : (headersTimeout > 0 ? headersTimeout : requestTimeout)
        guard limit > 0, now - started > limit else { return }
        do {
            try reportClientError(NodeError.httpRequestTimeout)
        } catch {
            server.loop.handleUncaught(error)
        }
    }

    private func abortUnanswered() {
        let requests = unanswered
        unanswered = []
        for request in requests where !request.destroyed { _ = request.destroy(NodeError.connectionAborted) }
    }

    private func socketClosed() {
        abortUnanswered()
        parsing = nil
        if let activeResponse, !activeResponse.destroyed { _ = activeResponse.destroy() }
        activeResponse = nil
        for response in waitingResponses where !response.destroyed { _ = response.destroy() }
        waitingResponses = []
        server.forget(self)
    }
}

@available(*, unavailable, message: "a connection belongs to its server's loop")
extension HTTPServerConnection: Sendable {}
