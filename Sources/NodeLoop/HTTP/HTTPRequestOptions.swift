/// What a client request asks for (Node's `options` of `http.request`): where to connect, the
/// request line, the headers, and how the connection is found.
///
/// ```swift
/// var options = HTTPRequestOptions(host: "127.0.0.1", port: 8080, path: "/items", method: "POST")
/// options.headers = ["Content-Type": "application/json"]
/// let req = try http.request(options) { res in console.log(res.statusCode) }
/// req.end("{\"name\":\"swift\"}")
/// ```
public struct HTTPRequestOptions {
    /// Which agent finds the request its connection (Node's `agent` option).
    public enum AgentChoice {
        /// ``HTTPModule/globalAgent`` (Node's default, `agent: undefined`).
        case global
        /// This agent and its pool.
        case custom(HTTPAgent)
        /// A new connection for this request alone, closed after the response (Node's
        /// `agent: false`).
        case disabled
    }

    /// The host to connect to: a name or an IP address (Node's `host`; default `localhost`).
    public var host: String?
    /// The same as ``host``, preferred over it when both are set (Node's `hostname`).
    public var hostname: String?
    /// The port (default 80).
    public var port: Int?
    /// The request target: the path and query (default `/`).
    public var path: String
    /// The method, upper-cased when sent (default `GET`).
    public var method: String
    /// The headers, in the order they go on the wire.
    public var headers: [(name: String, value: HTTPHeaderValue)]
    /// Which agent finds the connection.
    public var agent: AgentChoice
    /// The socket's idle time, in milliseconds, after which the request emits `timeout`.
    public var timeout: Double?
    /// Aborting it destroys the request with an `AbortError`.
    public var signal: AbortSignal?
    /// Whether a `Host` header is added when none is given (Node's `setHost`, default true).
    public var setHost: Bool

    /// Options for a request; every argument has Node's default.
    public init(
        host: String? = nil, hostname: String? = nil, port: Int? = nil, path: String = "/", method: String = "GET",
        headers: KeyValuePairs<String, HTTPHeaderValue> = [:], agent: AgentChoice = .global,
        timeout: Double? = nil, signal: AbortSignal? = nil, setHost: Bool = true
    ) {
        self.host = host
        self.hostname = hostname
        self.port = port
        self.path = path
        self.method = method
        self.headers = headers.map { ($0.key, $0.value) }
        self.agent = agent
        self.timeout = timeout
        self.signal = signal
        self.setHost = setHost
    }

    /// Options for the `http://` URL `url` (`http://host:port/path?query`).
    ///
    /// - Throws: `ERR_INVALID_URL` for text that is not a URL; `ERR_INVALID_PROTOCOL` for a
    ///   scheme other than `http:` (NodeLoop has no TLS, so `https:` is refused too).
    public init(url: String) throws {
        self.init()
        guard let colon = url.firstIndex(of: ":"), url[colon...].hasPrefix("://") else { throw NodeError.invalidURL }
        let scheme = url[..<colon].lowercased() + ":"
        guard scheme == "http:" else { throw NodeError.invalidProtocol(scheme) }
        let rest = url[url.index(colon, offsetBy: 3)...]
        let delimiters: Set<Character> = ["/", "?", "#"]
        let authorityEnd = rest.firstIndex { delimiters.contains($0) } ?? rest.endIndex
        var authority = rest[..<authorityEnd]
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        var target = String(rest[authorityEnd...])
        if let hash = target.firstIndex(of: "#") { target = String(target[..<hash]) }
        if target.isEmpty || target.hasPrefix("?") { target = "/" + target }
        path = target
        var hostPart = Substring(authority)
        if hostPart.hasPrefix("["), let close = hostPart.firstIndex(of: "]") {
            hostname = String(hostPart[hostPart.index(after: hostPart.startIndex)..<close])
            hostPart = hostPart[hostPart.index(after: close)...]
            if hostPart.hasPrefix(":") { try setPort(from: hostPart.dropFirst()) }
        } else if let colon = hostPart.lastIndex(of: ":") {
            hostname = String(hostPart[..<colon])
            try setPort(from: hostPart[hostPart.index(after: colon)...])
        } else {
            hostname = String(hostPart)
        }
        guard let hostname, !hostname.isEmpty else { throw NodeError.invalidURL }
    }

    private mutating func setPort(from text: Substring) throws {
        if text.isEmpty { return }
        guard let number = Int(text), (0..<65536).contains(number) else { throw NodeError.invalidURL }
        port = number
    }

    /// The host connected to: ``hostname``, else ``host``, else `localhost`.
    var resolvedHost: String { hostname ?? host ?? "localhost" }

    /// The port connected to.
    var resolvedPort: Int { port ?? 80 }
}
