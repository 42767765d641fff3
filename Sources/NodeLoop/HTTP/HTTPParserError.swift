/// Why the HTTP parser rejected its input, in the shape Node gives a parse error: the `code`
/// (`HPE_*`), the `reason` text and `bytesParsed`, as a server's `clientError` event or a client
/// request's `error` event shows them.
struct HTTPParserError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Node's `HPE_*` codes that the parser can report.
    enum Code: String, Sendable {
        case strict = "HPE_STRICT"
        case crExpected = "HPE_CR_EXPECTED"
        case lfExpected = "HPE_LF_EXPECTED"
        case unexpectedContentLength = "HPE_UNEXPECTED_CONTENT_LENGTH"
        case unexpectedSpace = "HPE_UNEXPECTED_SPACE"
        case closedConnection = "HPE_CLOSED_CONNECTION"
        case invalidMethod = "HPE_INVALID_METHOD"
        case invalidURL = "HPE_INVALID_URL"
        case invalidConstant = "HPE_INVALID_CONSTANT"
        case invalidVersion = "HPE_INVALID_VERSION"
        case invalidHeaderToken = "HPE_INVALID_HEADER_TOKEN"
        case invalidContentLength = "HPE_INVALID_CONTENT_LENGTH"
        case invalidChunkSize = "HPE_INVALID_CHUNK_SIZE"
        case invalidStatus = "HPE_INVALID_STATUS"
        case invalidEOFState = "HPE_INVALID_EOF_STATE"
        case invalidTransferEncoding = "HPE_INVALID_TRANSFER_ENCODING"
        /// An HTTP/2 connection preface (`PRI * HTTP/2.0`), which Node reports as an error.
        case pausedH2Upgrade = "HPE_PAUSED_H2_UPGRADE"
        /// The head passed `maxHeaderSize` (Node answers 431).
        case headerOverflow = "HPE_HEADER_OVERFLOW"
        /// One chunk's extensions passed 16 KiB.
        case chunkExtensionsOverflow = "HPE_CHUNK_EXTENSIONS_OVERFLOW"
    }

    /// The `HPE_*` code.
    let code: Code
    /// Node's text for the error (`err.reason`), word for word.
    let reason: String
    /// How many bytes of the buffer passed to the failing `execute` were parsed before the error
    /// (`err.bytesParsed`): counted from the start of that buffer, not of the connection.
    let bytesParsed: Int

    var description: String { "\(code.rawValue): \(reason) (bytesParsed \(bytesParsed))" }
}
