// One request's hold on its socket, as Node's tickOnSocket and the socket and parser callbacks
// of lib/_http_client.js run it
// -------------------------------------------------------------------------------------------
//   socket data ─▶ parser (a new one per request) ─▶ head: 1xx skipped, else the response
//                                                ─▶ body: pushed (a full buffer pauses)
//                                                ─▶ end of message: the response completes
//   socket end ─▶ no response yet: 'error' socket hang up; a body running to the end completes
//   socket error ─▶ the request's 'error'; socket close ─▶ an unfinished response is aborted,
//     then the request's 'close'
//   response 'end' ─▶ keep-alive: the listeners come off and the socket goes back to the agent;
//     else the socket ends
//
// The socket's listeners hold this object; they come off when the socket goes back to the
// agent, or are dropped when the socket closes, so nothing outlives the exchange.

/// Reads the response to one ``ClientRequest`` from its socket.
final class HTTPClientConnection: HTTPParserDelegate {
    let request: ClientRequest
    let socket: Socket
    // Loop-confined; `execute` holds it for the whole parse, and the delegate methods below
    // never touch it.
    @exclusivity(unchecked) private var parser = HTTPParser(kind: .response)
    /// The response whose body is being read.
    private var response: IncomingMessage?
    /// An error was reported on the request: a later close reports no hang up.
    private var hadError = false
    /// The response broke HTTP's rules: what else comes is ignored.
    private var parseFailed = false
    /// The listeners put on the socket, taken off when the socket goes back to the agent.
    private var listeners: [() -> Void] = []

    init(request: ClientRequest, socket: Socket) {
        self.request = request
        self.socket = socket
        listen(.error) { connection, error in connection.socketFailed(error) }
        listen(.data) { connection, chunk in connection.received(chunk) }
        listen(.end) { connection, _ in connection.peerEnded() }
        listen(EventName<Bool>.close) { connection, _ in connection.socketClosed() }
        listen(EventName<Void>.timeout) { connection, _ in connection.request.emitReporting(.timeout) }
        if let timeout = request.timeout { _ = try? socket.setTimeout(timeout) }
    }

    private func listen<Payload>(_ event: EventName<Payload>, _ body: @escaping (HTTPClientConnection, Payload) -> Void) {
        let id = socket.on(event) { [self] payload in body(self, payload) }
        listeners.append { [socket] in socket.off(event, id) }
    }

    // MARK: Reading

    private func received(_ chunk: Buffer) {
        guard !parseFailed else { return }
        do throws(HTTPParserError) {
            _ = try parser.execute(chunk, delegate: self)
        } catch {
            parseFailed = true
            _ = socket.destroy()
            fail(HTTPParseError(error, rawPacket: chunk))
        }
    }

    private func peerEnded() {
        guard !parseFailed else { return }
        if response == nil { fail(NodeError.socketHangUp) }
        do throws(HTTPParserError) {
            try parser.finish(delegate: self)
        } catch {
            if response != nil { fail(HTTPParseError(error, rawPacket: Buffer())) }
        }
        _ = socket.destroy()
    }

    private func socketFailed(_ error: any Error) {
        fail(error)
        _ = socket.destroy()
    }

    /// Reports `error` on the request once (Node's `socket._hadError`).
    private func fail(_ error: any Error) {
        guard !hadError else { return }
        hadError = true
        request.emitReporting(.error, error)
    }

    private func socketClosed() {
        request.destroyQuietly()
        if let response {
            if !response.complete && !response.destroyed { _ = response.destroy(NodeError.connectionAborted) }
            request.emitCloseOnce()
            if !response.aborted && response.readable { response.push(nil) }
        } else {
            fail(NodeError.socketHangUp)
            request.emitCloseOnce()
        }
    }

    // MARK: The parser's callbacks

    func httpMessageBegins() {}

    func httpHeadComplete(_ head: HTTPMessageHead) -> HTTPBodyHandling {
        if response != nil {
            // A second response to one request: the connection cannot be trusted.
            _ = socket.destroy()
            return .skip
        }
        if request.shouldKeepAlive && !head.shouldKeepAlive { request.shouldKeepAlive = false }
        if (100..<200).contains(head.statusCode) && head.statusCode != 101 {
            if head.statusCode == 100 { request.emitReporting(.continue) }
            let information = HTTPInformation(
                statusCode: head.statusCode, statusMessage: head.statusMessage,
                httpVersion: "\(head.versionMajor).\(head.versionMinor)",
                headers: IncomingHeaders(raw: head.fields, joinDuplicates: false), rawHeaders: head.fields.raw
            )
            request.emitReporting(.information, information)
            return .skip
        }
        let response = IncomingMessage(head: head, socket: socket, joinDuplicateHeaders: false, highWaterMark: nil)
        self.response = response
        request.res = response
        response.on(.end) { [weak self] in self?.responseEnded() }
        request.on(.finish) { [weak self] in self?.requestFinished() }
        var listened = false
        do {
            listened = try !request.aborted && request.emit(.response, response)
        } catch {
            EventLoop.current.handleUncaught(error)
        }
        if !listened { response.dump() }
        if request.method == "HEAD" { return .skip }
        if head.statusCode == 304 {
            response.complete = true
            return .skip
        }
        return .read
    }

    func httpBody(_ bytes: UnsafeRawBufferPointer) {
        response?.receiveBody(bytes)
    }

    func httpMessageComplete(trailers: HTTPHeaderFields) {
        guard let response, !response.destroyed else { return }
        response.completed(trailers: trailers, joinDuplicateHeaders: false)
    }

    // MARK: Letting the socket go

    /// Node's `responseOnEnd`.
    private func responseEnded() {
        request.responseEnded = true
        if !request.shouldKeepAlive {
            if socket.writable { socket.destroySoon() }
        } else if request.writableFinished && !(response?.aborted ?? true) {
            releaseSocket()
        }
    }

    /// Node's `requestOnFinish`: the response ended first.
    private func requestFinished() {
        if request.shouldKeepAlive && request.responseEnded && !request.socketReleased { releaseSocket() }
    }

    /// Node's `responseKeepAlive`: the socket is the agent's again; `close` follows on the next
    /// tick, then the agent takes the socket.
    private func releaseSocket() {
        detachListeners()
        if request.timeout != nil { _ = try? socket.setTimeout(0) }
        response?.socket = nil
        request.socketReleased = true
        request.destroyQuietly()
        let request = request, socket = socket
        process.nextTick {
            request.emitCloseOnce()
            request.agent.free(socket, after: request)
        }
    }

    private func detachListeners() {
        let removals = listeners
        listeners = []
        for remove in removals { remove() }
    }
}

@available(*, unavailable, message: "a client connection belongs to its loop")
extension HTTPClientConnection: Sendable {}
