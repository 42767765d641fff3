/// The answer to one request (Node's `http.ServerResponse`): set the status and headers, write
/// the body, `end`. Headers go out with the first write, or at `end`, so they can change until
/// then.
///
/// ```swift
/// http.createServer { req, res in
///     res.statusCode = 404
///     try res.setHeader("Content-Type", "text/plain")
///     res.end("no such page: \(req.url)")
/// }
/// ```
///
/// Events: `finish` once the last byte is handed to the connection, then `close`; `close` also
/// comes when the connection is lost first.
public final class ServerResponse: OutgoingMessage {
    /// The request this answers.
    public let req: IncomingMessage
    // Loop-confined: no runtime exclusivity checks.
    /// The status sent when the head is made without `writeHead` (Node's default, 200).
    @exclusivity(unchecked) public var statusCode = 200
    /// The reason phrase; nil sends Node's text for the status (`OK`, `Not Found`).
    @exclusivity(unchecked) public var statusMessage: String?
    /// The client asked to wait for `100 Continue` before sending its body.
    var expectsContinue = false
    /// `100 Continue` was sent.
    private var sentContinue = false

    init(req: IncomingMessage, highWaterMark: Int?) {
        self.req = req
        super.init(highWaterMark: highWaterMark)
        sendDate = true
        if req.method == "HEAD" { hasBody = false }
        if req.httpVersionMajor < 1 || req.httpVersionMinor < 1 {
            useChunkedEncodingByDefault = req.firstHeaderValue("te").map { HTTPToken.containsToken("chunked", in: $0) } ?? false
            shouldKeepAlive = false
        }
    }

    /// Sends the status line and headers (Node's `writeHead(statusCode[, statusMessage][,
    /// headers])`). Headers given here join those set with `setHeader`, replacing any of the
    /// same name. The head goes out with the first body bytes.
    ///
    /// - Throws: `ERR_HTTP_HEADERS_SENT` if the head was made; `ERR_HTTP_INVALID_STATUS_CODE`
    ///   for a status outside 100...999; the errors of ``OutgoingMessage/setHeader(_:_:)``.
    @discardableResult
    public func writeHead(
        _ statusCode: Int, _ statusMessage: String? = nil, _ headers: KeyValuePairs<String, HTTPHeaderValue> = [:]
    ) throws -> ServerResponse {
        owner.check("ServerResponse.writeHead")
        if head != nil { throw NodeError.httpHeadersSent("write") }
        guard (100...999).contains(statusCode) else { throw NodeError.httpInvalidStatusCode(statusCode) }
        if let statusMessage { self.statusMessage = statusMessage }
        let message = self.statusMessage ?? http.STATUS_CODES[statusCode] ?? "unknown"
        self.statusMessage = message
        self.statusCode = statusCode
        let onlyGiven = hasNoStoredHeaders
        if onlyGiven {
            for (name, value) in headers { try Self.validate(name: name, value: value) }
        } else {
            for (name, value) in headers { try setHeader(name, value) }
        }
        guard HTTPToken.isValidValue(message) else { throw NodeError.invalidChar("statusMessage") }
        if statusCode == 204 || statusCode == 304 || (100...199).contains(statusCode) { hasBody = false }
        // A client that waited for 100 Continue and got a final answer instead may still send
        // the body: the connection cannot be trusted with another request.
        if expectsContinue && !sentContinue { shouldKeepAlive = false }
        storeHead { writer in
            writer.appendRaw("HTTP/1.1 " as StaticString)
            writer.appendDecimal(statusCode)
            writer.appendRaw(" " as StaticString)
            writer.appendRaw(message)
            writer.appendRaw("\r\n" as StaticString)
            if onlyGiven {
                for (name, value) in headers { writer.append(name: name, value: value) }
            } else {
                writeStoredHeaders(into: &writer)
            }
        }
        return self
    }

    /// Sends the status line and `headers` with Node's reason phrase for the status (Node's
    /// `writeHead(statusCode, headers)`).
    ///
    /// - Throws: what ``writeHead(_:_:_:)`` throws.
    @discardableResult
    public func writeHead(_ statusCode: Int, _ headers: KeyValuePairs<String, HTTPHeaderValue>) throws -> ServerResponse {
        try writeHead(statusCode, nil, headers)
    }

    /// Sets the connection's idle timeout (Node's `response.setTimeout(msecs[, callback])`);
    /// `callback` is added for the response's `timeout`. A response with a `timeout` listener
    /// keeps its connection when the time passes: answer or destroy it in the listener.
    ///
    /// - Throws: `ERR_OUT_OF_RANGE` for a negative or non-finite time.
    @discardableResult
    public func setTimeout(_ msecs: Double, _ callback: (() throws -> Void)? = nil) throws -> ServerResponse {
        owner.check("ServerResponse.setTimeout")
        if let callback { on(.timeout, callback) }
        // A response waiting behind earlier ones on the connection has no socket yet; the
        // connection's socket is its request's.
        try (socket ?? req.socket)?.setTimeout(msecs)
        return self
    }

    /// Sends `HTTP/1.1 100 Continue`, telling a client that waits for it to send its body (Node's
    /// `writeContinue`).
    public func writeContinue(_ callback: Stream.Callback? = nil) {
        owner.check("ServerResponse.writeContinue")
        writeInformation("HTTP/1.1 100 Continue\r\n\r\n", callback)
        sentContinue = true
    }

    /// Sends `HTTP/1.1 102 Processing` (Node's `writeProcessing`).
    public func writeProcessing(_ callback: Stream.Callback? = nil) {
        owner.check("ServerResponse.writeProcessing")
        writeInformation("HTTP/1.1 102 Processing\r\n\r\n", callback)
    }

    private func writeInformation(_ text: String, _ callback: Stream.Callback?) {
        guard let socket else { return }
        socket.write(Buffer(text.utf8)) { error in callback?(error) }
    }

    override func makeImplicitHead() throws {
        try writeHead(statusCode)
    }
}

