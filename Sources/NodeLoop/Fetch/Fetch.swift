// `fetch` over NodeLoop's own HTTP client
// ---------------------------------------
//   fetch(url, init) ─▶ http.request on the global agent, the body written, end
//   response head ─▶ the promise resolves with a FetchResponse; the body keeps arriving into
//     a second promise that text(), json() and arrayBuffer() read
//   request error (refused, hang up) ─▶ the promise rejects with `TypeError: fetch failed`
//     whose `cause` is the error, as Node's fetch does; an abort rejects with the signal's reason
//
// Node's fetch is undici, with its own connection pool and its own headers (`user-agent:
// node`, `accept: */*`, ...); this one goes through ``http`` and sends only what `init` asks,
// so a server sees fewer headers.

/// A `fetch` that failed before a response (Node's `TypeError: fetch failed`): ``cause`` is
/// what failed, such as the connection's `ECONNREFUSED`.
public struct FetchError: NodeStyleError, CustomStringConvertible {
    /// `TypeError`, as in Node.
    public var name: String { "TypeError" }
    /// `fetch failed`.
    public var message: String { "fetch failed" }
    /// The error underneath.
    public let cause: any Error

    public var description: String { "\(name): \(message)" }
}

extension NodeError {
    /// `ERR_NODELOOP_TLS_UNAVAILABLE`: an `https:` URL, which needs TLS, which NodeLoop does not
    /// have (it depends on libuv alone).
    static var tlsUnavailable: NodeError {
        NodeError(
            "fetch of an https: URL needs TLS, which NodeLoop does not provide; use http:, or a TLS-terminating proxy",
            code: "ERR_NODELOOP_TLS_UNAVAILABLE"
        )
    }
}

/// Fetches an `http://` URL (Node's global `fetch`): resolves with the response once its head
/// arrived; read the body with ``FetchResponse/text()``, ``FetchResponse/json()`` or
/// ``FetchResponse/arrayBuffer()``. A 404 resolves (check ``FetchResponse/ok``); a failed
/// connection rejects with ``FetchError``; an `https://` URL rejects with
/// `ERR_NODELOOP_TLS_UNAVAILABLE`.
///
/// ```swift
/// let response = try await fetch("http://127.0.0.1:8080/hello").value
/// console.log(response.status, try await response.text().value)
/// ```
public func fetch(_ url: String, _ fetchInit: FetchInit = FetchInit()) -> Promise<FetchResponse> {
    Promise { resolve, reject in
        if url.lowercased().hasPrefix("https:") { throw NodeError.tlsUnavailable }
        var options = try HTTPRequestOptions(url: url)
        options.method = fetchInit.method
        options.headers = fetchInit.headers.map { ($0.name, HTTPHeaderValue.string($0.value)) }
        options.signal = fetchInit.signal
        let request = try http.request(options)
        var answered = false
        request.on(.response) { message in
            answered = true
            var chunks: [Buffer] = []
            let body = Promise<Buffer> { resolveBody, rejectBody in
                message.on(.data) { chunk in chunks.append(chunk) }
                message.on(.end) { resolveBody(Buffer.concat(chunks)) }
                message.on(.error) { error in rejectBody(error) }
            }
            resolve(FetchResponse(message: message, url: url, body: body))
        }
        request.on(.error) { error in
            guard !answered else { return }
            // An aborted fetch rejects with the signal's reason (a DOMException AbortError
            // unless `abort(reason)` gave one), as Node's does.
            if let signal = fetchInit.signal, signal.aborted, let reason = signal.reason { return reject(reason) }
            reject(error is AbortError ? error : FetchError(cause: error))
        }
        if let body = fetchInit.body {
            if case .text = body, !request.hasHeader("content-type") {
                try request.setHeader("Content-Type", "text/plain;charset=UTF-8")
            }
            let buffer = body.buffer
            try request.setHeader("Content-Length", .number(buffer.count))
            request.end(buffer)
        } else {
            request.end()
        }
    }
}
