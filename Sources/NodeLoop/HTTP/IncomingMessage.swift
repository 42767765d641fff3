// How a received message is read, as Node's lib/_http_incoming.js reads it
// --------------------------------------------------------------------------
//   head complete ─▶ an IncomingMessage with the method or status, the URL, the headers
//   body bytes ─▶ push(chunk); a full buffer pauses the socket, `_read` resumes it
//   message complete ─▶ `complete` = true, trailers, push(nil) ─▶ 'end' once read ─▶ destroyed
//     (autoDestroy) ─▶ 'close'
//   connection lost first ─▶ destroy(ECONNRESET "aborted") ─▶ 'aborted', then 'error' only if
//     someone listens for it, then 'close'
//
// A body nobody reads is thrown away once the response is done (`dump`), so that the next
// request on the connection can be read.

/// A request a server received, or a response a client received (Node's
/// `http.IncomingMessage`): the head's facts, and the body as a `Readable<Buffer>`.
///
/// ```swift
/// http.createServer { req, res in
///     var body = ""
///     req.on(.data) { chunk in body += try chunk.toString() }
///     req.on(.end) { res.end("\(req.method ?? "") \(req.url) got \(body.utf8.count) bytes") }
/// }
/// ```
public final class IncomingMessage: Readable<Buffer> {
    /// The request's method (`GET`); nil for a response.
    public let method: String?
    /// The request target as sent (`/path?query`); empty for a response.
    public let url: String
    /// The response's status code; nil for a request.
    public let statusCode: Int?
    /// The response's reason phrase as sent; nil for a request.
    public let statusMessage: String?
    /// `1` of `HTTP/1.1`.
    public let httpVersionMajor: Int
    /// The second `1` of `HTTP/1.1`.
    public let httpVersionMinor: Int
    /// The headers, lower-cased and folded by Node's rules (see ``IncomingHeaders``). Made
    /// when first read, as Node makes them.
    public private(set) lazy var headers = IncomingHeaders(
        raw: fields, joinDuplicates: joinDuplicateHeaders, limit: maxHeadersCount
    )
    /// Every value of every header, unjoined: `headersDistinct.values("host")` lists each Host
    /// line (Node's `headersDistinct`).
    public private(set) lazy var headersDistinct = IncomingHeaders(distinct: fields, limit: maxHeadersCount)
    /// The header lines as sent: name, value, name, value, ... (Node's `rawHeaders`).
    public private(set) lazy var rawHeaders: [String] = fields.raw
    /// The trailers after a chunked body, once the message is ``complete``.
    public internal(set) var trailers = IncomingHeaders()
    /// The trailer lines as sent (Node's `rawTrailers`).
    public internal(set) var rawTrailers: [String] = []
    /// Every value of every trailer, unjoined (Node's `trailersDistinct`).
    public var trailersDistinct: IncomingHeaders {
        trailerFields.map { IncomingHeaders(distinct: $0) } ?? IncomingHeaders(distinctValues: ())
    }
    /// The trailers as the parser read them, when there were any.
    private var trailerFields: HTTPHeaderFields?
    // Loop-confined: no runtime exclusivity checks.
    /// Whether the whole message arrived (Node's `complete`).
    @exclusivity(unchecked) public internal(set) var complete = false
    /// Whether the connection was lost before the message was complete (Node's deprecated
    /// `aborted`).
    public internal(set) var aborted = false
    /// The connection the message arrived on; nil once the message is done with it.
    @exclusivity(unchecked) public internal(set) var socket: Socket?
    /// Whether the message asked to leave HTTP (an `Upgrade` request, `CONNECT`).
    public let upgrade: Bool

    /// The head's fields as the parser read them, folded into ``headers`` on demand.
    private let fields: HTTPHeaderFields
    private let joinDuplicateHeaders: Bool
    /// How many header lines fold into ``headers`` (the server's `maxHeadersCount`).
    private let maxHeadersCount: Int
    /// The body was thrown away unread (`dump`).
    private var dumped = false
    /// The socket the body's full buffer paused; `_read` resumes it (Node's `readStop` and
    /// `readStart`), even once the message is done with it (a dumped body).
    private var pausedSocket: Socket?

    init(
        head: HTTPMessageHead, socket: Socket?, joinDuplicateHeaders: Bool, maxHeadersCount: Int = .max,
        highWaterMark: Int?
    ) {
        let isRequest = head.statusCode == 0
        method = isRequest ? head.method.name : nil
        url = head.url
        statusCode = isRequest ? nil : head.statusCode
        statusMessage = isRequest ? nil : head.statusMessage
        httpVersionMajor = head.versionMajor
        httpVersionMinor = head.versionMinor
        fields = head.fields
        self.joinDuplicateHeaders = joinDuplicateHeaders
        self.maxHeadersCount = maxHeadersCount
        upgrade = head.upgrade
        self.socket = socket
        super.init(highWaterMark: highWaterMark)
    }

    /// `"1.1"` (Node's `httpVersion`).
    public var httpVersion: String { "\(httpVersionMajor).\(httpVersionMinor)" }

    /// Sets the connection's idle timeout (Node's `message.setTimeout`); `callback` is added
    /// for the message's `timeout`.
    ///
    /// - Throws: `ERR_OUT_OF_RANGE` for a negative or non-finite time.
    @discardableResult
    public func setTimeout(_ msecs: Double, _ callback: (() throws -> Void)? = nil) throws -> IncomingMessage {
        owner.check("IncomingMessage.setTimeout")
        if let callback { on(.timeout, callback) }
        try socket?.setTimeout(msecs)
        return self
    }

    // MARK: The connection's side

    /// The rest of the message arrived.
    func completed(trailers fields: HTTPHeaderFields, joinDuplicateHeaders: Bool) {
        complete = true
        if !fields.isEmpty {
            trailers = IncomingHeaders(raw: fields, joinDuplicates: joinDuplicateHeaders)
            rawTrailers = fields.raw
            trailerFields = fields
        }
        push(nil)
    }

    /// The first value sent for `name` (ASCII, lower-case), without folding the headers.
    func firstHeaderValue(_ name: String) -> String? {
        fields.firstValue(named: name)
    }

    /// Throws the unread body away so the connection can go on (Node's `_dump`).
    func dump() {
        guard !dumped else { return }
        dumped = true
        removeAllListeners(EventName<Buffer>.data)
        resume()
    }

    /// Whether the body has a reader, or was dumped: a response that finishes leaves such a
    /// body alone (Node's `_consuming`).
    var isConsuming: Bool { readableDidRead || readableFlowing == true || dumped }

    /// A piece of the body arrived: pushed, and the socket paused while the buffer is full.
    func receiveBody(_ bytes: UnsafeRawBufferPointer) {
        if !push(Buffer(bytes)) && pausedSocket == nil, let socket {
            pausedSocket = socket
            socket.pause()
        }
    }

    override public func _read(size: Int) throws {
        guard let socket = pausedSocket else { return }
        pausedSocket = nil
        socket.resume()
    }

    override public func _destroy(_ error: (any Error)?, _ callback: @escaping Callback) throws {
        if !readableEnded || !complete {
            aborted = true
            try emit(.aborted)
        }
        // Node emits the error only to those who listen for it: a lost request is not a crash.
        let complete = { [self] in
            process.nextTick { [self] in callback(listenerCount(EventName<any Error>.error) == 0 ? nil : error) }
        }
        guard aborted, let socket, !socket.destroyed else { return complete() }
        // An aborted message takes its connection down, and closes only after it.
        _ = socket.destroy(error)
        socket.once(.close) { (_: Bool) in complete() }
    }

    override func releaseCallbacks() {
        pausedSocket = nil
        super.releaseCallbacks()
    }
}

extension EventName where Payload == Void {
    /// The connection was lost before the message was complete (Node's deprecated `'aborted'`).
    public static var aborted: Self { Self("aborted") }
}

