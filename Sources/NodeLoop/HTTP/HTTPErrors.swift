// The `http` module's errors, with Node's codes, classes and words (lib/internal/errors.js),
// and the parse error a server's `clientError` and a client request's `error` carry.

extension NodeError {
    /// `ERR_HTTP_HEADERS_SENT`: `setHeader`, `removeHeader` or `writeHead` after the head went out.
    static func httpHeadersSent(_ action: String) -> NodeError {
        NodeError("Cannot \(action) headers after they are sent to the client", code: "ERR_HTTP_HEADERS_SENT")
    }

    /// `ERR_HTTP_INVALID_STATUS_CODE`: a status outside 100...999.
    static func httpInvalidStatusCode(_ code: Int) -> NodeError {
        NodeError("Invalid status code: \(code)", name: "RangeError", code: "ERR_HTTP_INVALID_STATUS_CODE")
    }

    /// `ERR_INVALID_HTTP_TOKEN`: a header name that is not an HTTP token.
    static func invalidHTTPToken(_ what: String, _ name: String) -> NodeError {
        NodeError("\(what) must be a valid HTTP token [\"\(name)\"]", name: "TypeError", code: "ERR_INVALID_HTTP_TOKEN")
    }

    /// `ERR_INVALID_CHAR`: a header value (or status message) with a character HTTP forbids.
    static func invalidChar(_ what: String, field: String? = nil) -> NodeError {
        let suffix = field.map { " [\"\($0)\"]" } ?? ""
        return NodeError("Invalid character in \(what)\(suffix)", name: "TypeError", code: "ERR_INVALID_CHAR")
    }

    /// `ECONNRESET` with the message `aborted`: a request whose connection closed before it was
    /// answered (Node's `ConnResetException('aborted')`).
    static var connectionAborted: NodeError {
        NodeError("aborted", code: "ECONNRESET")
    }

    /// `ECONNRESET` with the message `socket hang up`: a client request whose connection closed
    /// before a response came (Node's `ConnResetException('socket hang up')`).
    static var socketHangUp: NodeError {
        NodeError("socket hang up", code: "ECONNRESET")
    }

    /// `ERR_INVALID_PROTOCOL`: a client request for a URL whose scheme is not `http:`.
    static func invalidProtocol(_ given: String) -> NodeError {
        NodeError("Protocol \"\(given)\" not supported. Expected \"http:\"", name: "TypeError", code: "ERR_INVALID_PROTOCOL")
    }

    /// `ERR_INVALID_URL`: a request URL that cannot be parsed.
    static var invalidURL: NodeError {
        NodeError("Invalid URL", name: "TypeError", code: "ERR_INVALID_URL")
    }

    /// `ERR_HTTP_REQUEST_TIMEOUT`: the request's head or body did not arrive in time.
    static var httpRequestTimeout: NodeError {
        NodeError("Request timeout", code: "ERR_HTTP_REQUEST_TIMEOUT")
    }
}

/// A message that broke HTTP's rules, as Node reports it: `message` is `Parse Error: ` and the
/// reason, `code` the parser's `HPE_*` name.
///
/// ```swift
/// server.on(.clientError) { error, socket in
///     if let error = error as? HTTPParseError { console.log(error.code, error.reason) }
///     socket.end("HTTP/1.1 400 Bad Request\r\n\r\n")
/// }
/// ```
public struct HTTPParseError: NodeStyleError, Sendable, Equatable, CustomStringConvertible {
    /// `Error`, as in Node.
    public var name: String { "Error" }
    /// `Parse Error: ` followed by ``reason``.
    public var message: String { "Parse Error: \(reason)" }
    /// The parser's code, such as `HPE_INVALID_METHOD` or `HPE_HEADER_OVERFLOW`.
    public let code: String
    /// What was wrong, in Node's words (`Invalid method encountered`).
    public let reason: String
    /// How many bytes of ``rawPacket`` were parsed before the error.
    public let bytesParsed: Int
    /// The bytes being parsed when the error was found (Node's `rawPacket`).
    public let rawPacket: Buffer

    init(_ error: HTTPParserError, rawPacket: Buffer) {
        code = error.code.rawValue
        reason = error.reason
        bytesParsed = error.bytesParsed
        self.rawPacket = rawPacket
    }

    public var description: String { "\(name): \(message)" }
}
