import HTTPTypes
import NodeLoop

// NodeLoop's `http` messages seen through swift-http-types (`HTTPRequest`, `HTTPResponse`,
// `HTTPFields`), the currency types of Swift's server libraries, so that code written against
// them (a router, a middleware, an OpenAPI handler) can run on a NodeLoop server. A product of
// its own, so that the core library depends on no Swift package.

extension IncomingMessage {
    /// The header lines as sent, in order, as `HTTPFields`. A line whose name
    /// swift-http-types refuses cannot arrive: NodeLoop's parser rejects such names first.
    public var headerFields: HTTPFields { fields(excludingHost: false).fields }

    /// The header lines as `HTTPFields`, and the first `Host` value; `HTTPRequest` carries the
    /// host as its authority, not as a field.
    private func fields(excludingHost: Bool) -> (fields: HTTPFields, host: String?) {
        var fields = HTTPFields()
        var host: String?
        var index = 0
        while index + 1 < rawHeaders.count {
            let value = rawHeaders[index + 1]
            if let name = HTTPField.Name(rawHeaders[index]) {
                if excludingHost && name.canonicalName == "host" {
                    if host == nil { host = value }
                } else {
                    fields.append(HTTPField(name: name, value: value))
                }
            }
            index += 2
        }
        return (fields, host)
    }

    /// The request's head as an `HTTPRequest`: its method, the `http` scheme, the `Host` header
    /// as the authority, the target as the path, and the other header lines. Nil for a
    /// response.
    ///
    /// ```swift
    /// http.createServer { req, res in
    ///     guard let request = req.httpRequest else { return }
    ///     if request.method == .get && request.path == "/health" { res.end("ok") }
    /// }
    /// ```
    public var httpRequest: HTTPRequest? {
        guard let method, let requestMethod = HTTPRequest.Method(method) else { return nil }
        let (fields, host) = fields(excludingHost: true)
        return HTTPRequest(method: requestMethod, scheme: "http", authority: host, path: url, headerFields: fields)
    }

    /// The response's head as an `HTTPResponse` (status, reason phrase and header lines). Nil
    /// for a request.
    public var httpResponse: HTTPResponse? {
        guard let statusCode, (100...999).contains(statusCode) else { return nil }
        return HTTPResponse(
            status: HTTPResponse.Status(code: statusCode, reasonPhrase: statusMessage ?? ""),
            headerFields: headerFields
        )
    }
}

extension OutgoingMessage {
    /// Sets every field of `fields` with ``OutgoingMessage/setHeader(_:_:)``: a name that
    /// appears more than once is sent once per value, in order, as Node sends an array.
    ///
    /// - Throws: what `setHeader` throws (`ERR_HTTP_HEADERS_SENT` once the head is made).
    public func setHeaderFields(_ fields: HTTPFields) throws {
        var seen: Set<String> = []
        for field in fields where seen.insert(field.name.canonicalName).inserted {
            let values = fields[values: field.name]
            try setHeader(field.name.rawName, values.count == 1 ? .string(values[0]) : .list(values))
        }
    }
}

extension ServerResponse {
    /// Sends `response`'s status, reason phrase and header fields as the head (Node's
    /// `writeHead`, with swift-http-types' values).
    ///
    /// ```swift
    /// try res.writeHead(HTTPResponse(status: .created, headerFields: [.contentType: "text/plain"]))
    /// res.end("made")
    /// ```
    ///
    /// - Throws: what ``ServerResponse/writeHead(_:_:_:)`` throws.
    @discardableResult
    public func writeHead(_ response: HTTPResponse) throws -> ServerResponse {
        try setHeaderFields(response.headerFields)
        let reason = response.status.reasonPhrase
        return try writeHead(response.status.code, reason.isEmpty ? nil : reason)
    }
}
