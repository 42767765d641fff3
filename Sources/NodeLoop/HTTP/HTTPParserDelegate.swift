/// What the HTTP parser tells the code that reads a connection, in the order the bytes arrive:
/// Node's parser callbacks (`kOnMessageBegin`, `kOnHeadersComplete`, `kOnBody`,
/// `kOnMessageComplete`).
///
/// The callbacks run inside `HTTPParser.execute`; they must not call back into the parser.
protocol HTTPParserDelegate: AnyObject {
    /// A message starts (its first byte, after any empty lines, has arrived).
    func httpMessageBegins()

    /// The head is complete. The answer says how to read the body: the parser cannot know on
    /// its own that a response answers a `HEAD` request, or whether the caller accepts an
    /// upgrade (Node's `parserOnIncoming` and `parserOnIncomingClient` return the same three
    /// choices).
    func httpHeadComplete(_ head: HTTPMessageHead) -> HTTPBodyHandling

    /// A piece of the body (never empty), in a buffer valid only during the call.
    func httpBody(_ bytes: UnsafeRawBufferPointer)

    /// The message is complete; `trailers` holds the fields after a chunked body (else none).
    func httpMessageComplete(trailers: HTTPHeaderFields)
}

/// How the parser goes on after a head: the delegate's answer to `httpHeadComplete`.
enum HTTPBodyHandling: Sendable {
    /// Read the body the head announces (or none, for a 1xx, 204 or 304 response).
    case read
    /// There is no body whatever the head says: a response to `HEAD` (or a 1xx the caller
    /// skips, or a 304 as Node's client treats it).
    case skip
    /// No body, and stop after this head: the rest of the connection is another protocol.
    case upgrade
}

/// How an `execute` call ended when it did not fail.
enum HTTPParseOutcome: Equatable, Sendable {
    /// Every byte was parsed (some may wait in the parser for the rest of their message).
    case consumedAll
    /// A message asked to leave HTTP (an accepted upgrade or `CONNECT`, or a 101 response):
    /// the parser stopped after it, and the bytes from `bytesParsed` on are not HTTP. A later
    /// `execute` goes on parsing HTTP, as Node's parser does after `llhttp_resume_after_upgrade`.
    case upgrade(bytesParsed: Int)
}
