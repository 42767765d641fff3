// The first line of a message: a request's `METHOD target HTTP/x.y` (with the target's URL
// grammar) or a response's `HTTP/x.y code text`. Each function reads the byte at `p` in the
// state it is named after, moves `p` past what it consumes and sets the next state.
//
// Node's parser rejects a tab or form feed anywhere in the URL, and right after it (the byte
// after the space or line end that ends it), as "Invalid characters in url".

private let cr = UInt8(ascii: "\r")
private let lf = UInt8(ascii: "\n")
private let space = UInt8(ascii: " ")

/// `HTTP`, `RTSP` and `ICE`, the protocols a start line may name.
private let protocolTrie = HTTPLiteralTrie([("HTTP", 0), ("RTSP", 1), ("ICE", 2)])
/// What follows `PRI * HTTP/2.0` in an HTTP/2 connection preface.
private let h2PrefaceRest: StaticString = "\r\n\r\nSM\r\n\r\n"

extension HTTPParser {
    // MARK: - Between messages

    /// `start`: empty lines between messages are skipped; any other byte begins a message.
    mutating func beginMessage<Delegate: HTTPParserDelegate>(_ input: UnsafeRawBufferPointer, _ p: inout Int, _ delegate: Delegate) {
        let byte = input[p]
        if byte == cr || byte == lf {
            p += 1
            return
        }
        endOfStream = .unsafe
        chunkExtensionBytes = 0
        head.removeAll()
        delegate.httpMessageBegins()
        progress = HTTPLiteralTrie.root
        state = kind == .request ? .method : .responseProtocol
    }

    // MARK: - Request line

    mutating func readMethod(_ input: UnsafeRawBufferPointer, _ p: inout Int) throws(HTTPParserError) {
        // `GET` whole, as the trie would match it (it waits for the byte after `GET`, which
        // could continue `GET_PARAMETER`).
        if progress == HTTPLiteralTrie.root && Self.input(input, at: p, startsWith: "GET ") {
            p += 3
            method = .get
            state = .spaceAfterMethod
            return
        }
        switch HTTPMethod.trie.step(from: progress, byte: input[p]) {
        case .advance(let node):
            progress = node
            p += 1
        case .matched(let index, let consumed):
            if consumed { p += 1 }
            method = HTTPMethod(index: UInt8(index))
            state = .spaceAfterMethod
        case .mismatch:
            throw fail(.invalidMethod, "Invalid method encountered", at: p)
        }
    }

    mutating func readSpacesBeforeURL(_ input: UnsafeRawBufferPointer, _ p: inout Int) throws(HTTPParserError) {
        if input[p] == space {
            p += 1
            return
        }
        if let error = failOnURLControl(input[p], &p) { throw error }
        open(.startLineText, at: p)
        // A CONNECT target is an authority (`host:port`), read as an absolute URL's server part.
        state = method == .connect ? .urlServer : .urlStart
    }

    mutating func readURLStart(_ input: UnsafeRawBufferPointer, _ p: inout Int) throws(HTTPParserError) {
        let byte = input[p]
        if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "*") {
            p += 1
            state = .urlPath
        } else if HTTPByteClass.test(byte, .alpha) {
            state = .urlSchema
        } else {
            throw failOnURLSpace(byte, &p) ?? fail(.invalidURL, "Unexpected start char in url", at: p)
        }
    }

    mutating func readURLSchema(_ input: UnsafeRawBufferPointer, _ p: inout Int) throws(HTTPParserError) {
        let byte = input[p]
        if HTTPByteClass.test(byte, .alpha) {
            p += 1
        } else if byte == UInt8(ascii: ":") {
            p += 1
            progress = 0
            state = .urlSchemaSlashes
        } else {
            throw failOnURLSpace(byte, &p) ?? fail(.invalidURL, "Unexpected char in url schema", at: p)
        }
    }

    /// The `//` after `scheme:`; `progress` counts the slashes read.
    mutating func readURLSchemaSlashes(_ input: UnsafeRawBufferPointer, _ p: inout Int) throws(HTTPParserError) {
        let byte = input[p]
        if byte == UInt8(ascii: "/") {
            p += 1
            if progress == 1 { state = .urlServer } else { progress = 1 }
        } else if progress == 0, let error = failOnURLSpace(byte, &p) {
            throw error
        } else {
            throw fail(.invalidURL, "Unexpected char in url schema", at: p)
        }
    }

    /// Before the first `/`, `?` or `@`-free run of an absolute URL's authority (or a CONNECT
    /// target); `urlServerAfterAt` just read an `@`.
    mutating func readURLServer<Delegate: HTTPParserDelegate>(
        _ input: UnsafeRawBufferPointer, _ p: inout Int, _ delegate: Delegate
    ) throws(HTTPParserError) {
        let byte = input[p]
        switch byte {
        case UInt8(ascii: "/"):
            p += 1
            state = .urlPath
        case UInt8(ascii: "?"):
            p += 1
            state = .urlQuery
        case UInt8(ascii: "@"):
            p += 1
            if state == .urlServerAfterAt { throw fail(.invalidURL, "Double @ in url", at: p) }
            state = .urlServerAfterAt
        case UInt8(ascii: "["), UInt8(ascii: "]"):
            p += 1
            state = .urlServer
        case space, cr, lf:
            try endURL(input, &p, delegate)
        default:
            guard HTTPByteClass.test(byte, .userinfo) else {
                throw failOnURLControl(byte, &p) ?? fail(.invalidURL, "Unexpected char in url server", at: p)
            }
            p += 1
            state = .urlServer
        }
    }

    /// The path (`urlPath`), query (`urlQuery`) or fragment (`urlFragment`) of a URL, up to the
    /// byte that ends it: `?` starts the query, `#` the fragment, a space or line end the URL.
    mutating func readURLPart<Delegate: HTTPParserDelegate>(
        _ input: UnsafeRawBufferPointer, _ p: inout Int, _ delegate: Delegate
    ) throws(HTTPParserError) {
        // A query may hold `?`, a fragment `?` and `#`: neither ends them.
        let part = state
        let allowed: HTTPByteClass = switch part {
        case .urlPath: .url
        case .urlQuery: [.url, .questionMark]
        default: [.url, .questionMark, .numberSign]
        }
        guard let byte = Self.skipRun(of: allowed, in: input, at: &p) else { return }
        switch byte {
        case UInt8(ascii: "?"):
            p += 1
            state = .urlQuery
        case UInt8(ascii: "#"):
            p += 1
            state = .urlFragment
        case space, cr, lf:
            try endURL(input, &p, delegate)
        default:
            let reason = switch part {
            case .urlPath: "Invalid char in url path"
            case .urlQuery: "Invalid char in url query"
            default: "Invalid char in url fragment start"
            }
            throw failOnURLControl(byte, &p) ?? fail(.invalidURL, reason, at: p)
        }
    }

    /// The URL ends at the space, CR or LF at `p`: a space leads to the protocol, a line end
    /// makes the request HTTP/0.9 (CR must be followed by LF).
    private mutating func endURL<Delegate: HTTPParserDelegate>(
        _ input: UnsafeRawBufferPointer, _ p: inout Int, _ delegate: Delegate
    ) throws(HTTPParserError) {
        try close(input, at: p, errorAt: p, delegate)
        let byte = input[p]
        p += 1
        switch byte {
        case space: state = .urlEnded
        case cr: state = .urlLF
        default: state = .urlEndedLine
        }
    }

    /// The byte after the space (`urlEnded`) or line end (`urlEndedLine`, an HTTP/0.9 request)
    /// that ended the URL.
    mutating func readAfterURL(_ input: UnsafeRawBufferPointer, _ p: inout Int) throws(HTTPParserError) {
        if let error = failOnURLControl(input[p], &p) { throw error }
        if state == .urlEnded {
            state = .spacesBeforeProtocol
        } else {
            versionMajor = 0
            versionMinor = 9
            state = .headersStart
        }
    }

    /// A space, CR or LF where a URL cannot end: consumed, then rejected.
    private mutating func failOnURLSpace(_ byte: UInt8, _ p: inout Int) -> HTTPParserError? {
        guard byte == space || byte == cr || byte == lf else { return failOnURLControl(byte, &p) }
        p += 1
        return fail(.invalidURL, "Invalid characters in url", at: p)
    }

    /// A tab or form feed in or after the URL: consumed, then rejected.
    private mutating func failOnURLControl(_ byte: UInt8, _ p: inout Int) -> HTTPParserError? {
        guard byte == UInt8(ascii: "\t") || byte == 0x0C else { return nil }
        p += 1
        return fail(.invalidURL, "Invalid characters in url", at: p)
    }

    mutating func readSpacesBeforeProtocol(_ input: UnsafeRawBufferPointer, _ p: inout Int) {
        if input[p] == space {
            p += 1
            return
        }
        progress = HTTPLiteralTrie.root
        state = .requestProtocol
    }

    /// `HTTP`, `RTSP` or `ICE`; a request's method must be one that protocol allows.
    mutating func readProtocol(_ input: UnsafeRawBufferPointer, _ p: inout Int) throws(HTTPParserError) {
        // A request's usual `HTTP/1.1` or `HTTP/1.0` line end whole, as the states from here to
        // `headersStart` would read it.
        if kind == .request && progress == HTTPLiteralTrie.root && method.isHTTP && method != .pri
            && Self.input(input, at: p, startsWith: "HTTP/1.") && Self.input(input, at: p + 8, startsWith: "\r\n") {
            let minor = input[p + 7]
            if minor == UInt8(ascii: "1") || minor == UInt8(ascii: "0") {
                p += 10
                versionMajor = 1
                versionMinor = minor - UInt8(ascii: "0")
                state = .headersStart
                return
            }
        }
        switch protocolTrie.step(from: progress, byte: input[p]) {
        case .advance(let node):
            progress = node
            p += 1
        case .matched(let name, _):
            p += 1
            state = .protocolSlash
            guard kind == .request else { return }
            switch name {
            case 0 where !method.isHTTP: throw fail(.invalidConstant, "Invalid method for HTTP/x.x request", at: p)
            case 1 where !method.isRTSP: throw fail(.invalidConstant, "Invalid method for RTSP/x.x request", at: p)
            case 2 where !method.isICE: throw fail(.invalidConstant, "Expected SOURCE method for ICE/x.x request", at: p)
            default: return
            }
        case .mismatch:
            throw fail(.invalidConstant, "Expected HTTP/, RTSP/ or ICE/", at: p)
        }
    }

    // MARK: - Version

    mutating func readVersionMajor(_ input: UnsafeRawBufferPointer, _ p: inout Int) throws(HTTPParserError) {
        guard let digit = Self.digit(input[p]) else { throw fail(.invalidVersion, "Invalid major version", at: p) }
        p += 1
        versionMajor = digit
        state = .versionDot
    }

    /// The minor digit; only 0.9, 1.0, 1.1 and 2.0 pass.
    mutating func readVersionMinor(_ input: UnsafeRawBufferPointer, _ p: inout Int) throws(HTTPParserError) {
        guard let digit = Self.digit(input[p]) else { throw fail(.invalidVersion, "Invalid minor version", at: p) }
        p += 1
        versionMinor = digit
        switch (versionMajor, versionMinor) {
        case (0, 9), (1, 0), (1, 1), (2, 0): break
        default: throw fail(.invalidVersion, "Invalid HTTP version", at: p)
        }
        switch kind {
        case .request where method == .pri:
            progress = 0
            state = .h2Preface
        case .request: state = .requestLineEnd
        case .response: state = .spaceAfterVersion
        }
    }

    mutating func readRequestLineEnd(_ input: UnsafeRawBufferPointer, _ p: inout Int) throws(HTTPParserError) {
        switch input[p] {
        case cr:
            p += 1
            state = .requestLineLF
        case lf:
            p += 1
            throw fail(.invalidVersion, "Expected CRLF after version", at: p)
        default:
            throw fail(.invalidVersion, "Expected CRLF after version", at: p)
        }
    }

    /// `PRI`'s line must go on as HTTP/2's preface; Node reports the whole preface as an error.
    mutating func readH2Preface(_ input: UnsafeRawBufferPointer, _ p: inout Int) throws(HTTPParserError) {
        let expected = h2PrefaceRest.withUTF8Buffer { $0[Int(progress)] }
        guard input[p] == expected else { throw fail(.invalidVersion, "Expected HTTP/2 Connection Preface", at: p) }
        p += 1
        progress += 1
        if Int(progress) == h2PrefaceRest.utf8CodeUnitCount {
            throw fail(.pausedH2Upgrade, "Pause on PRI/Upgrade", at: p)
        }
    }

    // MARK: - Status line

    mutating func readSpaceAfterVersion(_ input: UnsafeRawBufferPointer, _ p: inout Int) throws(HTTPParserError) {
        guard input[p] == space else { throw fail(.invalidVersion, "Expected space after version", at: p) }
        p += 1
        statusCode = 0
        progress = 0
        state = .statusCode
    }

    /// Exactly three digits.
    mutating func readStatusCode(_ input: UnsafeRawBufferPointer, _ p: inout Int) throws(HTTPParserError) {
        guard let digit = Self.digit(input[p]) else { throw fail(.invalidStatus, "Invalid status code", at: p) }
        p += 1
        statusCode = statusCode * 10 + UInt16(digit)
        progress += 1
        if progress == 3 { state = .afterStatusCode }
    }

    mutating func readAfterStatusCode(_ input: UnsafeRawBufferPointer, _ p: inout Int) throws(HTTPParserError) {
        switch input[p] {
        case space:
            p += 1
            open(.startLineText, at: p)
            state = .statusText
        case cr:
            p += 1
            state = .statusLineLF
        case lf:
            p += 1
            throw fail(.invalidStatus, "Invalid response status", at: p)
        default:
            throw fail(.invalidStatus, "Invalid response status", at: p)
        }
    }

    /// Any byte but CR and LF.
    mutating func readStatusText<Delegate: HTTPParserDelegate>(
        _ input: UnsafeRawBufferPointer, _ p: inout Int, _ delegate: Delegate
    ) throws(HTTPParserError) {
        guard let byte = Self.skipRun(of: .notLineEnd, in: input, at: &p) else { return }
        try close(input, at: p, errorAt: p + 1, delegate)
        p += 1
        if byte == lf { throw fail(.crExpected, "Missing expected CR after response line", at: p) }
        state = .statusLineLF
    }

    /// After the CR that ends the status line, Node's parser takes LF or a second CR.
    mutating func readStatusLineLF(_ input: UnsafeRawBufferPointer, _ p: inout Int) throws(HTTPParserError) {
        guard input[p] == lf || input[p] == cr else { throw fail(.strict, "Expected LF after CR", at: p) }
        p += 1
        state = .headersStart
    }

    @inline(__always)
    static func digit(_ byte: UInt8) -> UInt8? {
        byte &- UInt8(ascii: "0") < 10 ? byte &- UInt8(ascii: "0") : nil
    }
}
