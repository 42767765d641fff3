// How a message goes out, as Node's lib/_http_outgoing.js sends it
// ------------------------------------------------------------------
//   setHeader / removeHeader ─▶ the head is only stored
//   first write (or end, or flushHeaders) ─▶ the head is made: status or request line, the
//     headers, then Date, Connection and the framing (Content-Length when `end` alone gives
//     the whole body, else Transfer-Encoding: chunked, else read-until-close)
//   each write ─▶ [the head, once] + the chunk, framed as a chunk when chunked ─▶ the socket
//   end ─▶ [the head] + [the last chunk] ─▶ the socket; at `prefinish` (every write done) the
//     head if still unsent and the zero chunk with trailers; `finish` follows
//
// A message may be written before it has a socket (a pipelined response waits for the ones
// before it): what it writes waits in `waitingOutput`, with its callbacks, until
// `assignSocket` hands the socket over. Its `finish` waits with it.
//
// The message is a `Writable<Buffer>`, so that `readable.pipe(res)` and `pipeline` take it;
// Node's is a legacy stream with its own `write`. What Node's user sees is the same: `write`
// returns false while the socket's buffer is full, `drain` follows, `finish` then `close`.

/// What ``ServerResponse`` (and a client request) share: the headers to send, how the body is
/// framed, and the socket it goes out on (Node's `http.OutgoingMessage`).
public class OutgoingMessage: Writable<Buffer> {
    // Loop-confined, and touched several times a response: no runtime exclusivity checks.
    /// The stored headers: lower-cased name, the name as set, and the value, in the order set.
    @exclusivity(unchecked) private var headerList: [(key: String, name: String, value: HTTPHeaderValue)] = []
    /// The head as it goes on the wire, once made (Node's `_header`).
    @exclusivity(unchecked) var head: [UInt8]?
    /// Whether the head has been handed to the socket (Node's `_headerSent`).
    @exclusivity(unchecked) var headWritten = false
    /// The body's length, when `end` gives the whole body before the head is made.
    @exclusivity(unchecked) var contentLength: Int?
    /// Whether the message may have a body (false for a response to HEAD, a 204, a 304).
    @exclusivity(unchecked) var hasBody = true
    /// The body goes out in chunks (`Transfer-Encoding: chunked`).
    @exclusivity(unchecked) var chunkedEncoding = false
    /// Without a length, the body is chunked (else it runs until the connection closes).
    @exclusivity(unchecked) var useChunkedEncodingByDefault = true
    /// The connection may carry another message after this one.
    @exclusivity(unchecked) var shouldKeepAlive = true
    /// This message is the connection's last: it closes after it (Node's `_last`).
    @exclusivity(unchecked) var isLast = false
    /// `removeHeader` took away a header Node would otherwise add itself.
    private var removedConnection = false
    private var removedContentLength = false
    private var removedTransferEncoding = false
    /// The trailers, as they go after the zero chunk.
    private var trailer = ""
    /// Writes made before the message had its socket, with their callbacks.
    @exclusivity(unchecked) private var waitingOutput: [(bytes: [UInt8], callback: Callback)] = []
    /// The milliseconds whose seconds Node announces in `Keep-Alive: timeout=` (the server's
    /// `keepAliveTimeout`).
    var keepAliveTimeout: Double = 0
    /// The server's `maxRequestsPerSocket`, announced as `Keep-Alive: ..., max=`.
    var maxRequestsPerSocket = 0
    /// The connection carried its last allowed request with this message.
    var maxRequestsOnConnectionReached = false
    /// A client request, which always goes through an agent: it announces keep-alive even
    /// without a length (Node's `this.agent` in the keep-alive test of `_storeHeader`).
    var goesThroughAgent = false

    /// Whether the `Date` header is added when the message does not set one (Node's `sendDate`).
    public var sendDate = false

    /// The socket the message goes out on, once it has one (Node's `socket`).
    @exclusivity(unchecked) public internal(set) var socket: Socket?

    init(highWaterMark: Int?, autoDestroy: Bool = true, emitClose: Bool = true) {
        super.init(highWaterMark: highWaterMark, emitClose: emitClose, autoDestroy: autoDestroy)
        on(.prefinish) { [unowned self] in sendEndOfMessage() }
    }

    // MARK: Headers

    /// Sets a header to send, replacing one of the same name in any case (Node's `setHeader`).
    ///
    /// - Throws: `ERR_HTTP_HEADERS_SENT` once the head is made; `ERR_INVALID_HTTP_TOKEN` for a
    ///   name that is not an HTTP token; `ERR_INVALID_CHAR` for a value with a control character.
    @discardableResult
    public func setHeader(_ name: String, _ value: HTTPHeaderValue) throws -> Self {
        owner.check("OutgoingMessage.setHeader")
        if head != nil { throw NodeError.httpHeadersSent("set") }
        try Self.validate(name: name, value: value)
        let key = name.lowercased()
        if let index = headerList.firstIndex(where: { $0.key == key }) {
            headerList[index] = (key, name, value)
        } else {
            headerList.append((key, name, value))
        }
        return self
    }

    /// Adds a value to a header, keeping the ones set before (Node's `appendHeader`).
    ///
    /// - Throws: what ``setHeader(_:_:)`` throws.
    @discardableResult
    public func appendHeader(_ name: String, _ value: HTTPHeaderValue) throws -> Self {
        owner.check("OutgoingMessage.appendHeader")
        guard let old = getHeader(name) else { return try setHeader(name, value) }
        if head != nil { throw NodeError.httpHeadersSent("append") }
        try Self.validate(name: name, value: value)
        let key = name.lowercased()
        guard let index = headerList.firstIndex(where: { $0.key == key }) else { return self }
        headerList[index].value = .list(old.wireValues(for: "") + value.wireValues(for: ""))
        return self
    }

    /// The value set for `name` (any case), as it was set (Node's `getHeader`).
    public func getHeader(_ name: String) -> HTTPHeaderValue? {
        let key = name.lowercased()
        return headerList.first { $0.key == key }?.value
    }

    /// Whether a header `name` (any case) is set (Node's `hasHeader`).
    public func hasHeader(_ name: String) -> Bool { getHeader(name) != nil }

    /// The lower-cased names of the headers set, in the order set (Node's `getHeaderNames`).
    public func getHeaderNames() -> [String] { headerList.map(\.key) }

    /// The names of the headers set, as they were written (Node's `getRawHeaderNames`).
    public func getRawHeaderNames() -> [String] { headerList.map(\.name) }

    /// The headers set, by lower-cased name in the order set (Node's `getHeaders`).
    public func getHeaders() -> OutgoingHeaders {
        OutgoingHeaders(entries: headerList.map { ($0.key, $0.value) })
    }

    /// Takes a header away (Node's `removeHeader`). Taking away `Connection`, `Content-Length`,
    /// `Transfer-Encoding` or `Date` also stops Node's own value for it.
    ///
    /// - Throws: `ERR_HTTP_HEADERS_SENT` once the head is made.
    public func removeHeader(_ name: String) throws {
        owner.check("OutgoingMessage.removeHeader")
        if head != nil { throw NodeError.httpHeadersSent("remove") }
        let key = name.lowercased()
        switch key {
        case "connection": removedConnection = true
        case "content-length": removedContentLength = true
        case "transfer-encoding": removedTransferEncoding = true
        case "date": sendDate = false
        default: break
        }
        headerList.removeAll { $0.key == key }
    }

    /// Whether the head is made: headers can no longer change (Node's `headersSent`).
    public var headersSent: Bool { head != nil }

    /// Trailers to send after a chunked body (Node's `addTrailers`).
    ///
    /// - Throws: `ERR_INVALID_HTTP_TOKEN` for a bad name, `ERR_INVALID_CHAR` for a bad value.
    public func addTrailers(_ trailers: KeyValuePairs<String, String>) throws {
        owner.check("OutgoingMessage.addTrailers")
        var text = ""
        for (name, value) in trailers {
            guard HTTPToken.isToken(name) else { throw NodeError.invalidHTTPToken("Trailer name", name) }
            guard HTTPToken.isValidValue(value) else { throw NodeError.invalidChar("trailer content", field: name) }
            text += "\(name): \(value)\r\n"
        }
        trailer = text
    }

    static func validate(name: String, value: HTTPHeaderValue) throws {
        guard HTTPToken.isToken(name) else { throw NodeError.invalidHTTPToken("Header name", name) }
        for text in value.wireValues(for: name) where !HTTPToken.isValidValue(text) {
            throw NodeError.invalidChar("header content", field: name)
        }
    }

    // MARK: The head

    /// Makes the head from the first line and headers `addLines` writes (the stored headers, or
    /// those `writeHead` alone gave). Adds Date, Connection, Keep-Alive and the framing as Node
    /// does.
    func storeHead(_ addLines: (inout HTTPHeadWriter) -> Void) {
        var writer = HTTPHeadWriter()
        addLines(&writer)
        if writer.hasConnection {
            removedConnection = false
            if writer.connectionSaysClose { isLast = true } else { shouldKeepAlive = true }
        }
        if writer.hasTransferEncoding {
            removedTransferEncoding = false
            if writer.transferEncodingIsChunked { chunkedEncoding = true }
        }
        if writer.hasContentLength { removedContentLength = false }
        if !writer.hasDate && sendDate { writer.appendRaw(HTTPDate.headerLine()) }
        if removedConnection {
            isLast = true
            shouldKeepAlive = false
        } else if !writer.hasConnection {
            let sendsKeepAlive = shouldKeepAlive && (writer.hasContentLength || useChunkedEncodingByDefault || goesThroughAgent)
            if sendsKeepAlive && maxRequestsOnConnectionReached {
                // Node announces the end, yet keeps the connection for requests already read.
                writer.appendRaw("Connection: close\r\n" as StaticString)
            } else if sendsKeepAlive {
                writer.appendRaw("Connection: keep-alive\r\n" as StaticString)
                if keepAliveTimeout > 0 {
                    writer.appendRaw("Keep-Alive: timeout=" as StaticString)
                    writer.appendDecimal(Int(keepAliveTimeout / 1000))
                    if maxRequestsPerSocket > 0 {
                        writer.appendRaw(", max=" as StaticString)
                        writer.appendDecimal(maxRequestsPerSocket)
                    }
                    writer.appendRaw("\r\n" as StaticString)
                }
            } else {
                isLast = true
                writer.appendRaw("Connection: close\r\n" as StaticString)
            }
        }
        if !writer.hasContentLength && !writer.hasTransferEncoding {
            if !hasBody {
                chunkedEncoding = false
            } else if !useChunkedEncodingByDefault {
                isLast = true
            } else if trailer.isEmpty && !removedContentLength, let contentLength {
                writer.appendRaw("Content-Length: " as StaticString)
                writer.appendDecimal(contentLength)
                writer.appendRaw("\r\n" as StaticString)
            } else if !removedTransferEncoding {
                writer.appendRaw("Transfer-Encoding: chunked\r\n" as StaticString)
                chunkedEncoding = true
            }
        }
        head = writer.finish()
        headWritten = false
    }

    /// Writes the stored headers into a head.
    func writeStoredHeaders(into writer: inout HTTPHeadWriter) {
        for header in headerList { writer.append(name: header.name, value: header.value) }
    }

    /// Whether no header has been set.
    var hasNoStoredHeaders: Bool { headerList.isEmpty }

    /// Makes the head when the message is written before its head was (Node's
    /// `_implicitHeader`); each kind of message makes its own first line.
    func makeImplicitHead() throws {
        preconditionFailure("OutgoingMessage.makeImplicitHead: a subclass makes the head")
    }

    // MARK: Writing

    /// Writes a body chunk (Node's `write(chunk[, callback])`). The first write makes the head;
    /// for a message without a body (a response to HEAD) the chunk is dropped. Returns false
    /// while the socket's buffer is full: wait for `drain`.
    @discardableResult
    public func write(_ chunk: Buffer, _ callback: Stream.Callback? = nil) -> Bool {
        owner.check("OutgoingMessage.write")
        // Node's message reports these itself, without destroying the message or its
        // connection: the callback gets the error on a tick, then `error` is emitted (not
        // after `close`, and not for a destroyed message).
        if writableEnded || destroyed {
            let error = destroyed ? NodeError.streamDestroyed("write") : NodeError.streamWriteAfterEnd
            let reportsError = !destroyed
            process.nextTick { [self] in
                callback?(error)
                if reportsError && !lifecycle.closeEmitted { emitReporting(.error, error) }
            }
            return false
        }
        makeHeadIfNeeded()
        return _writableCore.write(chunk, encoding: "buffer", callback: callback)
    }

    /// Writes text as a body chunk, in UTF-8 or `encoding`.
    @discardableResult
    public func write(_ text: String, _ encoding: BufferEncoding? = nil, _ callback: Stream.Callback? = nil) -> Bool {
        write(Self.bytes(of: text, encoding), callback)
    }

    /// Ends the message (Node's `end([chunk][, callback])`). A chunk given here before anything
    /// else was written is the whole body, so the head says its `Content-Length`.
    @discardableResult
    public func end(_ chunk: Buffer? = nil, _ callback: Stream.Callback? = nil) -> Self {
        owner.check("OutgoingMessage.end")
        if head == nil && !writableEnded {
            contentLength = chunk?.count ?? 0
            makeHeadIfNeeded()
        }
        var writeFailed = false
        if let chunk {
            writeFailed = !_writableCore.write(chunk, encoding: "buffer", callback: nil) && (writableEnded || destroyed)
        }
        _writableCore.end(writeFailed: writeFailed, callback: callback)
        return self
    }

    /// Ends the message after writing text in UTF-8 or `encoding`.
    @discardableResult
    public func end(_ text: String, _ encoding: BufferEncoding? = nil, _ callback: Stream.Callback? = nil) -> Self {
        end(Self.bytes(of: text, encoding), callback)
    }

    /// Ends the message, calling `callback` at `finish`.
    @discardableResult
    public func end(_ callback: @escaping Stream.Callback) -> Self {
        end(nil as Buffer?, callback)
    }

    /// Makes the head and sends it now, before any body (Node's `flushHeaders`).
    public func flushHeaders() {
        owner.check("OutgoingMessage.flushHeaders")
        makeHeadIfNeeded()
        let head = takeUnsentHead()
        guard !head.isEmpty else { return }
        send(head) { _ in }
    }

    /// Whether `end()` was called (Node's deprecated `finished`).
    public var finished: Bool { writableEnded }

    /// Whether the message ended and the connection has taken every byte of it (Node's
    /// `writableFinished`): true as soon as `end()` wrote the last byte straight into the
    /// socket, which can be before `finish`.
    public var writableFinished: Bool {
        writableEnded && waitingOutput.isEmpty && _writableCore.state.buffered.count == 0 && (socket?.writableLength ?? 0) == 0
    }

    private static func bytes(of text: String, _ encoding: BufferEncoding?) -> Buffer {
        guard let encoding, encoding != .utf8 else { return Buffer(text.utf8) }
        return (try? Buffer.from(text, encoding)) ?? Buffer(text.utf8)
    }

    /// The head's bytes if they have not gone out yet (they are then counted as gone), else
    /// none: each of the writes that may be first puts them before its own bytes.
    private func takeUnsentHead() -> [UInt8] {
        guard let head, !headWritten else { return [] }
        headWritten = true
        return head
    }

    private func makeHeadIfNeeded() {
        guard head == nil else { return }
        do {
            try makeImplicitHead()
        } catch {
            // A status set to something Node refuses fails as Node's `writeHead` would, as
            // the stream's error.
            _ = destroy(error)
        }
    }

    override public func _write(_ chunk: Buffer, encoding: String, callback: @escaping Callback) throws {
        makeHeadIfNeeded()
        var bytes = takeUnsentHead()
        if hasBody && !chunk.isEmpty {
            if chunkedEncoding {
                bytes.reserveCapacity(bytes.count + chunk.count + 12)
                bytes.append(contentsOf: String(chunk.count, radix: 16).utf8)
                bytes.append(contentsOf: [0x0D, 0x0A])
                bytes.append(contentsOf: chunk.bytes)
                bytes.append(contentsOf: [0x0D, 0x0A])
            } else if bytes.isEmpty {
                bytes = chunk.bytes
            } else {
                bytes.append(contentsOf: chunk.bytes)
            }
        }
        guard !bytes.isEmpty else { return callback(nil) }
        send(bytes, callback)
    }

    /// Sends what ends the message once every write is done: the head if nothing carried it,
    /// and the zero chunk with the trailers of a chunked body. It runs at `prefinish`, so that
    /// `finish` follows the last write's completion by one tick, as Node's does (a `_final`
    /// would add a tick, and the order of `finish` and `close` among a request's events with it).
    private func sendEndOfMessage() {
        if head == nil {
            contentLength = 0
            makeHeadIfNeeded()
        }
        var bytes = takeUnsentHead()
        if hasBody && chunkedEncoding {
            bytes.append(contentsOf: "0\r\n\(trailer)\r\n".utf8)
        }
        guard !bytes.isEmpty else { return }
        send(bytes) { _ in }
    }

    override public func _destroy(_ error: (any Error)?, _ callback: @escaping Callback) throws {
        // Destroying a message before it finished destroys its connection, as in Node; the
        // destroy that follows `finish` leaves the connection to the next message.
        if !_writableCore.state.finished, let socket { _ = socket.destroy(error) }
        waitingOutput.removeAll()
        callback(nil)
    }

    // MARK: The socket

    /// Hands `bytes` to the socket, or keeps them until the message has one.
    private func send(_ bytes: [UInt8], _ callback: @escaping Callback) {
        if let socket {
            socket.write(Buffer(bytes), callback)
        } else {
            waitingOutput.append((bytes, callback))
        }
    }

    /// The connection is this message's now: what it wrote so far goes out (Node's
    /// `assignSocket` and `_flush`).
    func assignSocket(_ socket: Socket) {
        self.socket = socket
        guard !waitingOutput.isEmpty else { return }
        let output = waitingOutput
        waitingOutput = []
        socket.cork()
        for (bytes, callback) in output { socket.write(Buffer(bytes), callback) }
        socket.uncork()
    }

    /// The message is done with its connection (Node's `detachSocket`).
    func detachSocket() {
        socket = nil
    }
}

/// The headers an outgoing message has set, by lower-cased name in the order set: what
/// ``OutgoingMessage/getHeaders()`` answers, printed as Node prints its null-prototype object.
public struct OutgoingHeaders: Sendable, Equatable, CustomStringConvertible {
    /// The lower-cased names and their values.
    public let entries: [(name: String, value: HTTPHeaderValue)]

    /// The value set for `name` (lower-cased).
    public subscript(_ name: String) -> HTTPHeaderValue? {
        entries.first { $0.name == name }?.value
    }

    public static func == (lhs: OutgoingHeaders, rhs: OutgoingHeaders) -> Bool {
        lhs.entries.elementsEqual(rhs.entries) { $0.name == $1.name && $0.value == $1.value }
    }

    public var description: String { inspect(self, topLevel: false) }
}

extension OutgoingHeaders: InspectableAsObject {
    var inspectedProperties: [(key: String, value: Any?)] { entries.map { ($0.name, $0.value.inspected) } }
    var inspectedClassName: String? { "[Object: null prototype]" }
}
