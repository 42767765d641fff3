// NodeLoop's HTTP/1.1 parser: the one the `http` module's server and client read with. It keeps
// Node 20's rules, which are llhttp 9's strict mode plus what Node's binding adds (the header
// size limit and the chunk extension limit), so that NodeLoop accepts and rejects exactly what
// Node does, with the same `code`, `reason` and `bytesParsed` (Tests/HTTPConformance holds
// Node's recorded answers to each smuggling trick and malformed message).
//
// How it reads. `execute` takes whatever bytes a socket read gave, in any split: a message may
// end mid-buffer (pipelining), span many buffers, or be followed by bytes of another protocol.
// The parser is a byte-driven state machine; each state reads one byte (hot states loop over
// many) and never looks back. Where llhttp walks a trie (method names, `HTTP`/`RTSP`/`ICE`,
// `Connection` tokens, `chunked`), a byte that does not continue a word leaves the bytes before
// it consumed, so errors point where Node's do.
//
// Spans. The URL, status text, header names and values are "spans": the parser copies each into
// its head buffer when the span ends, or at the end of the input buffer if it goes on in the
// next one. Node's binding counts these bytes (and only these) against `maxHeaderSize` at the
// same moments, so a head of exactly `maxHeaderSize` counted bytes is rejected, one byte less
// is accepted, and the error lands where Node's does. Chunk extensions are counted the same way
// against their own 16 KiB limit; body pieces go to the delegate.
//
//   start ──(first byte that is not CR/LF: messageBegins)──┐
//     ▲                 request: method ─ SP ─ URL ─ SP ─ HTTP/x.y ─ CRLF ─┐
//     │                response: HTTP/x.y ─ SP ─ 3 digits ─ [SP text] ─ CRLF ─┤
//     │                                                                     ▼
//     │             ┌──────────── field ─ ':' ─ OWS ─ value ─ CRLF ◀── headersStart
//     │             ▼
//     │       CRLF: headComplete (delegate says read / skip / upgrade)
//     │             │ no body ───────────────────────────────┐
//     │             │ Content-Length: bodyIdentity ──────────┤
//     │             │ chunked: size [;ext] CRLF data CRLF ... 0 CRLF trailers CRLF ─┤
//     │             │ neither (response): bodyUntilEOF ─ finish() ─┤
//     │             ▼                                              ▼
//     │       upgrade: stop, rest is not HTTP        messageComplete ─ cleanup
//     └──────────────────────── keep-alive ─────────────────────────┤
//                                                         otherwise: closed (only CR/LF allowed)
//   Any state ──(byte the grammar forbids, limit passed)──▶ failed (every later call fails)

private let lf = UInt8(ascii: "\n")
private let space = UInt8(ascii: " ")
private let slash = UInt8(ascii: "/")
private let dot = UInt8(ascii: ".")

/// An incremental HTTP/1.1 parser for one connection, requests or responses, with Node 20's
/// rules. Not thread-safe: the connection's loop owns it.
struct HTTPParser {
    /// Which side of the connection the parser reads.
    enum Kind: Sendable { case request, response }

    /// Node's default `maxHeaderSize` (`--max-http-header-size`).
    static let defaultMaxHeaderSize = 16384
    /// Node's limit on one chunk's extensions (names and values together).
    static let maxChunkExtensionsSize = 16384

    let kind: Kind
    /// A head whose URL or status text, names and values come to this many bytes is rejected.
    let maxHeaderSize: Int

    /// Creates a parser for the requests a server reads (`.request`) or the responses a client
    /// reads (`.response`).
    init(kind: Kind, maxHeaderSize: Int = HTTPParser.defaultMaxHeaderSize) {
        self.kind = kind
        self.maxHeaderSize = maxHeaderSize
    }

    // MARK: - State

    /// Where the parser stands; see the diagram above. Each state is named after what it expects.
    enum State: UInt8 {
        case start
        // Request line.
        case method, spaceAfterMethod, spacesBeforeURL
        case urlStart, urlSchema, urlSchemaSlashes, urlServer, urlServerAfterAt, urlPath, urlQuery, urlFragment
        case urlLF, urlEnded, urlEndedLine, spacesBeforeProtocol, requestProtocol
        // Both start lines.
        case protocolSlash, versionMajor, versionDot, versionMinor
        case requestLineEnd, requestLineLF, h2Preface
        // Status line.
        case responseProtocol, spaceAfterVersion, statusCode, afterStatusCode, statusText, statusLineLF
        // Headers and trailers.
        case headersStart, fieldStart, field, valueLeadingSpace, valueLeadingSpaceLF, emptyValueEnd, value
        case transferCoding, transferCodingChunkedEnd, transferCodingOther, transferCodingSpace
        case contentLength, contentLengthSpace, connection, connectionTokenEnd, connectionOther
        case valueLF, valueEnd, headersLF
        // Bodies.
        case bodyIdentity, bodyUntilEOF
        case chunkSizeFirst, chunkSize, chunkExtensions, chunkExtensionName, chunkExtensionValue
        case chunkExtensionQuoted, chunkExtensionQuotedPair, chunkExtensionQuotedEnd, chunkSizeLF
        case chunkData, chunkDataEnd
        // After a message.
        case cleanup, closed, failed
    }

    /// What the headers so far said about the message (llhttp's `F_*` flags).
    struct Flags: OptionSet {
        let rawValue: UInt16
        static let connectionKeepAlive = Flags(rawValue: 1 << 0)
        static let connectionClose = Flags(rawValue: 1 << 1)
        static let connectionUpgrade = Flags(rawValue: 1 << 2)
        static let chunked = Flags(rawValue: 1 << 3)
        static let upgrade = Flags(rawValue: 1 << 4)
        static let contentLength = Flags(rawValue: 1 << 5)
        static let skipBody = Flags(rawValue: 1 << 6)
        static let trailing = Flags(rawValue: 1 << 7)
        static let transferEncoding = Flags(rawValue: 1 << 9)
    }

    /// Which header (or which token of it) the value being read belongs to.
    enum HeaderState: UInt8 {
        case general, connection, contentLength, transferEncoding, upgrade
        case connectionKeepAlive, connectionClose, connectionUpgrade, transferEncodingChunked
    }

    /// What `finish()` (the peer's end of stream) means now.
    enum EndOfStream: UInt8 {
        /// Between messages: nothing to do.
        case safe
        /// The body runs to the end of the stream: the message completes.
        case completesMessage
        /// In the middle of a message: `HPE_INVALID_EOF_STATE`.
        case unsafe
    }

    /// The byte run the parser copies or counts (see "Spans" above).
    enum Span: UInt8 { case none, startLineText, name, value, extensionName, extensionValue, body }

    var state = State.start
    /// Progress inside a state: a trie node, or how many bytes of a literal or digits were read.
    var progress: UInt16 = 0
    var flags: Flags = []
    var headerState = HeaderState.general
    /// The Content-Length, or what is left of the body or of the chunk being read.
    var contentLength: UInt64 = 0
    var method = HTTPMethod(index: 0)
    var versionMajor: UInt8 = 0
    var versionMinor: UInt8 = 0
    var statusCode: UInt16 = 0
    var upgrade = false
    var endOfStream = EndOfStream.safe
    /// The head bytes counted against `maxHeaderSize` (Node's `header_nread_`).
    var headerBytes = 0
    /// The current chunk's extension bytes, counted against `maxChunkExtensionsSize`.
    var chunkExtensionBytes = 0
    var openSpan = Span.none
    /// Where the open span started in the current input (0 when it started in an earlier one).
    var spanStart = 0
    var head = HTTPHeadBuffer()
    /// The error that stopped the parser; every later `execute` throws it again.
    var failure: HTTPParserError?

    // MARK: - Parsing

    /// Parses `input`, calling the delegate as messages begin, complete their heads, carry body
    /// bytes and complete. Bytes of an unfinished message stay in the parser for the next call.
    ///
    /// As in Node, an error is not reported while the last head's `upgrade` flag is set (an
    /// upgrade the delegate declined, or a later message on that connection before its head
    /// completes): the parser then drops this input and all that follows.
    ///
    /// - Throws: `HTTPParserError` when the input breaks Node's rules; the parser stays failed
    ///   and throws it again on every later call.
    /// - Returns: `.upgrade(bytesParsed:)` if a message left HTTP partway through `input`.
    mutating func execute<Delegate: HTTPParserDelegate>(
        _ input: UnsafeRawBufferPointer, delegate: Delegate
    ) throws(HTTPParserError) -> HTTPParseOutcome {
        do throws(HTTPParserError) {
            if let failure { throw failure }
            return try parse(input, delegate)
        } catch {
            // Node reports no parse error while the upgrade flag of the last head is set (its
            // binding checks `parser.upgrade` first): the input is then silently dropped.
            if upgrade { return .consumedAll }
            throw error
        }
    }

    private mutating func parse<Delegate: HTTPParserDelegate>(
        _ input: UnsafeRawBufferPointer, _ delegate: Delegate
    ) throws(HTTPParserError) -> HTTPParseOutcome {
        if state == .cleanup { cleanUpAfterMessage() }
        if openSpan != .none { spanStart = 0 }
        var p = 0
        let end = input.count
        while p < end {
            switch state {
            case .start: beginMessage(input, &p, delegate)
            case .method: try readMethod(input, &p)
            case .spaceAfterMethod: try expect(space, then: .spacesBeforeURL, input, &p, or: .invalidMethod, "Expected space after method")
            case .spacesBeforeURL: try readSpacesBeforeURL(input, &p)
            case .urlStart: try readURLStart(input, &p)
            case .urlSchema: try readURLSchema(input, &p)
            case .urlSchemaSlashes: try readURLSchemaSlashes(input, &p)
            case .urlServer, .urlServerAfterAt: try readURLServer(input, &p, delegate)
            case .urlPath, .urlQuery, .urlFragment: try readURLPart(input, &p, delegate)
            case .urlLF: try expect(lf, then: .urlEndedLine, input, &p, or: .invalidURL, "Expected CRLF")
            case .urlEnded, .urlEndedLine: try readAfterURL(input, &p)
            case .spacesBeforeProtocol: readSpacesBeforeProtocol(input, &p)
            case .requestProtocol, .responseProtocol: try readProtocol(input, &p)
            case .protocolSlash: try expect(slash, then: .versionMajor, input, &p, or: .invalidConstant, "Expected HTTP/, RTSP/ or ICE/")
            case .versionMajor: try readVersionMajor(input, &p)
            case .versionDot: try expect(dot, then: .versionMinor, input, &p, or: .invalidVersion, "Expected dot")
            case .versionMinor: try readVersionMinor(input, &p)
            case .requestLineEnd: try readRequestLineEnd(input, &p)
            case .requestLineLF: try expect(lf, then: .headersStart, input, &p, or: .strict, "Expected CRLF after version")
            case .h2Preface: try readH2Preface(input, &p)
            case .spaceAfterVersion: try readSpaceAfterVersion(input, &p)
            case .statusCode: try readStatusCode(input, &p)
            case .afterStatusCode: try readAfterStatusCode(input, &p)
            case .statusText: try readStatusText(input, &p, delegate)
            case .statusLineLF: try readStatusLineLF(input, &p)
            case .headersStart: try readHeadersStart(input, &p)
            case .fieldStart: try readFieldStart(input, &p)
            case .field: try readField(input, &p, delegate)
            case .valueLeadingSpace: try readValueLeadingSpace(input, &p, delegate)
            case .valueLeadingSpaceLF: try expect(lf, then: .emptyValueEnd, input, &p, or: .strict, "Expected LF after CR")
            case .emptyValueEnd: try readEmptyValueEnd(input, &p, delegate)
            case .value: try readValue(input, &p, delegate)
            case .transferCoding: readTransferCoding(input, &p)
            case .transferCodingChunkedEnd: try readTransferCodingChunkedEnd(input, &p, delegate)
            case .transferCodingOther: readTransferCodingOther(input, &p)
            case .transferCodingSpace: readTransferCodingSpace(input, &p)
            case .contentLength: try readContentLength(input, &p, delegate)
            case .contentLengthSpace: try readContentLengthSpace(input, &p, delegate)
            case .connection: readConnection(input, &p)
            case .connectionTokenEnd: readConnectionTokenEnd(input, &p)
            case .connectionOther: readConnectionOther(input, &p)
            case .valueLF: try expect(lf, then: .valueEnd, input, &p, or: .lfExpected, "Missing expected LF after header value")
            case .valueEnd: try readValueEnd(input, &p)
            case .headersLF:
                if try readHeadersLF(input, &p, delegate) { return .upgrade(bytesParsed: p) }
            case .bodyIdentity:
                if try readBodyIdentity(input, &p, delegate) { return .upgrade(bytesParsed: p) }
            case .bodyUntilEOF: p = end
            case .chunkSizeFirst: try readChunkSizeFirst(input, &p)
            case .chunkSize: try readChunkSize(input, &p)
            case .chunkExtensions: try readChunkExtensions(input, &p)
            case .chunkExtensionName, .chunkExtensionValue: try readChunkExtensionToken(input, &p, delegate)
            case .chunkExtensionQuoted: try readChunkExtensionQuoted(input, &p, delegate)
            case .chunkExtensionQuotedPair: try readChunkExtensionQuotedPair(input, &p, delegate)
            case .chunkExtensionQuotedEnd: try readChunkExtensionQuotedEnd(input, &p)
            case .chunkSizeLF: try readChunkSizeLF(input, &p)
            case .chunkData: try readChunkData(input, &p, delegate)
            case .chunkDataEnd: try readChunkDataEnd(input, &p)
            case .closed: try readClosed(input, &p)
            case .cleanup, .failed: preconditionFailure("HTTPParser: state \(state) takes no input")
            }
        }
        // The span still open goes on in the next input: hand over (and count) what came so far.
        if openSpan != .none { try deliverSpan(input, upTo: end, errorAt: end, delegate) }
        return .consumedAll
    }

    /// Tells the parser the peer ended the stream: a body that runs to the end completes, and
    /// an unfinished message is `HPE_INVALID_EOF_STATE` (with `bytesParsed` 0, as in Node;
    /// unreported, like any error, while the upgrade flag is set). Does nothing after a parse
    /// error, as Node's parser does.
    mutating func finish<Delegate: HTTPParserDelegate>(delegate: Delegate) throws(HTTPParserError) {
        guard failure == nil else { return }
        switch endOfStream {
        case .safe: return
        case .completesMessage:
            endOfStream = .safe
            delegate.httpMessageComplete(trailers: HTTPHeaderFields(HTTPHeadBuffer()))
        case .unsafe:
            let error = fail(.invalidEOFState, "Invalid EOF state", at: 0)
            if !upgrade { throw error }
        }
    }

    // MARK: - Spans and failures

    /// The states that take one given byte and move on: consumes `expected` at `p` and moves to
    /// `next`; any other byte fails with `code` and `reason` where it stands.
    @inline(__always)
    private mutating func expect(
        _ expected: UInt8, then next: State, _ input: UnsafeRawBufferPointer, _ p: inout Int,
        or code: HTTPParserError.Code, _ reason: String
    ) throws(HTTPParserError) {
        guard input[p] == expected else { throw fail(code, reason, at: p) }
        p += 1
        state = next
    }

    /// Moves `p` over the run of `classes` bytes it stands on and returns the byte that ends the
    /// run, or nil when the input ends first (the open span then goes on in the next input).
    @inline(__always)
    static func skipRun(of classes: HTTPByteClass, in input: UnsafeRawBufferPointer, at p: inout Int) -> UInt8? {
        p = HTTPByteClass.endOfRun(of: classes, in: input, from: p)
        return p < input.count ? input[p] : nil
    }

    /// Whether `input` holds `literal` from `p` on (ASCII case ignored if `ignoringCase`, for a
    /// lowercase literal): the parsers' fast paths for the usual words, which the byte-by-byte
    /// states would read to the same effect.
    @inline(__always)
    static func input(_ input: UnsafeRawBufferPointer, at p: Int, startsWith literal: StaticString, ignoringCase: Bool = false) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard input.count - p >= count else { return false }
        let letters = literal.utf8Start
        for index in 0..<count {
            let byte = input[p + index]
            if (ignoringCase ? lowercased(byte) : byte) != letters[index] { return false }
        }
        return true
    }

    /// Opens a span at `p` in the current input.
    @inline(__always)
    mutating func open(_ span: Span, at p: Int) {
        openSpan = span
        spanStart = p
    }

    /// Ends the open span before `p`, handing over its bytes; a limit it passes fails with
    /// `bytesParsed` `errorAt` (Node's span-end position: `p`, or `p + 1` where llhttp steps
    /// over the closing byte in the same move).
    @inline(__always)
    mutating func close<Delegate: HTTPParserDelegate>(
        _ input: UnsafeRawBufferPointer, at p: Int, errorAt: Int, _ delegate: Delegate
    ) throws(HTTPParserError) {
        try deliverSpan(input, upTo: p, errorAt: errorAt, delegate)
        openSpan = .none
    }

    private mutating func deliverSpan<Delegate: HTTPParserDelegate>(
        _ input: UnsafeRawBufferPointer, upTo end: Int, errorAt: Int, _ delegate: Delegate
    ) throws(HTTPParserError) {
        let piece = UnsafeRawBufferPointer(rebasing: input[spanStart..<end])
        switch openSpan {
        case .none: return
        case .startLineText, .name, .value:
            // Node counts first and keeps the bytes only if the count passes.
            headerBytes += piece.count
            if headerBytes >= maxHeaderSize { throw fail(.headerOverflow, "Header overflow", at: errorAt) }
            switch openSpan {
            case .startLineText: head.appendStartLineText(piece)
            case .name: head.appendName(piece)
            default: head.appendValue(piece)
            }
        case .extensionName, .extensionValue:
            chunkExtensionBytes += piece.count
            if chunkExtensionBytes > Self.maxChunkExtensionsSize {
                throw fail(.chunkExtensionsOverflow, "Chunk extensions overflow", at: errorAt)
            }
        case .body:
            if !piece.isEmpty { delegate.httpBody(piece) }
        }
    }

    /// Records the failure that stops the parser for good, and returns it to throw.
    mutating func fail(_ code: HTTPParserError.Code, _ reason: String, at bytesParsed: Int) -> HTTPParserError {
        let error = HTTPParserError(code: code, reason: reason, bytesParsed: bytesParsed)
        failure = error
        state = .failed
        openSpan = .none
        return error
    }
}

@available(*, unavailable, message: "An HTTPParser belongs to its connection's loop")
extension HTTPParser: Sendable {}
