/// Node's `http` module: HTTP/1.1 servers and clients over ``net``, with Node's parser rules,
/// keep-alive, pipelining and connection-pooling agents.
///
/// ```swift
/// let server = http.createServer { req, res in
///     try res.writeHead(200, ["Content-Type": "text/plain"])
///     res.end("hello from \(req.url)\n")
/// }
/// try server.listen(8080, "127.0.0.1") { console.log("listening") }
/// ```
public let http = HTTPModule()

/// The type of ``http``; its members act on the calling thread's loop.
public struct HTTPModule: Sendable {
    /// A server; `requestListener` is added for `request` (Node's `http.createServer`).
    public func createServer(
        _ options: HTTPServerOptions = HTTPServerOptions(),
        _ requestListener: ((IncomingMessage, ServerResponse) throws -> Void)? = nil
    ) -> HTTPServer {
        HTTPServer(options: options, requestListener)
    }

    /// A server answering each request with `requestListener` (Node's
    /// `http.createServer(requestListener)`).
    public func createServer(_ requestListener: @escaping (IncomingMessage, ServerResponse) throws -> Void) -> HTTPServer {
        HTTPServer(options: HTTPServerOptions(), requestListener)
    }

    /// The largest request or response head the parser reads, in bytes (Node's
    /// `http.maxHeaderSize`).
    public var maxHeaderSize: Int { HTTPParser.defaultMaxHeaderSize }

    /// The methods the parser knows, sorted (Node's `http.METHODS`).
    public var METHODS: [String] {
        HTTPMethod.names.enumerated()
            .filter { HTTPMethod(index: UInt8($0.offset)).isHTTP && $0.element != "PRI" }
            .map(\.element).sorted()
    }

    /// Each status code's reason phrase (Node's `http.STATUS_CODES`).
    public var STATUS_CODES: [Int: String] { HTTPStatus.reasons }
}
