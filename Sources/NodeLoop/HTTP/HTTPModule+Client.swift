// The client half of the `http` module: `request`, `get`, the global agent.

extension HTTPModule {
    /// The agent requests use unless told otherwise (Node's `http.globalAgent`): Node 20's, with
    /// `keepAlive` on and a 5-second socket timeout. One for each loop.
    public var globalAgent: HTTPAgent {
        let loop = EventLoop.current
        if let agent = loop.httpGlobalAgent { return agent }
        let agent = HTTPAgent.makeGlobal()
        loop.httpGlobalAgent = agent
        return agent
    }

    /// Starts a request as `options` say (Node's `http.request(options[, callback])`);
    /// `callback` is added for `response`. Write the body and call `end()` to send it.
    ///
    /// - Throws: `ERR_INVALID_HTTP_TOKEN` for a bad method; the errors of
    ///   ``OutgoingMessage/setHeader(_:_:)`` for a bad header.
    @discardableResult
    public func request(
        _ options: HTTPRequestOptions, _ callback: ((IncomingMessage) throws -> Void)? = nil
    ) throws -> ClientRequest {
        let agent = switch options.agent {
        case .global: globalAgent
        case .custom(let agent): agent
        case .disabled: HTTPAgent()
        }
        let request = try ClientRequest(options, agent: agent)
        if let callback { request.once(.response, callback) }
        agent.addRequest(request)
        return request
    }

    /// Starts a request for the `http://` URL `url` (Node's `http.request(url[, callback])`).
    ///
    /// - Throws: `ERR_INVALID_URL`, or `ERR_INVALID_PROTOCOL` for a scheme other than `http:`.
    @discardableResult
    public func request(_ url: String, _ callback: ((IncomingMessage) throws -> Void)? = nil) throws -> ClientRequest {
        try request(HTTPRequestOptions(url: url), callback)
    }

    /// A request ended at once, for a method without a body (Node's `http.get(options[,
    /// callback])`).
    ///
    /// - Throws: what `request(options)` throws.
    @discardableResult
    public func get(_ options: HTTPRequestOptions, _ callback: ((IncomingMessage) throws -> Void)? = nil) throws -> ClientRequest {
        let request = try request(options, callback)
        request.end()
        return request
    }

    /// A GET of the `http://` URL `url`, ended at once (Node's `http.get(url[, callback])`).
    ///
    /// - Throws: `ERR_INVALID_URL`, or `ERR_INVALID_PROTOCOL` for a scheme other than `http:`.
    @discardableResult
    public func get(_ url: String, _ callback: ((IncomingMessage) throws -> Void)? = nil) throws -> ClientRequest {
        try get(HTTPRequestOptions(url: url), callback)
    }
}

extension HTTPAgent {
    /// Node 20's global agent: keep-alive, a 5-second socket timeout.
    static func makeGlobal() -> HTTPAgent {
        HTTPAgent(keepAlive: true, timeout: 5000)
    }
}
