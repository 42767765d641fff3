/// The answer `fetch` resolves with once the response's head arrived (the WHATWG `Response`
/// of Node's `fetch`): the status and headers at once, the body through ``text()``,
/// ``json()`` or ``arrayBuffer()``, each readable once.
///
/// ```swift
/// let response = try await fetch("http://127.0.0.1:8080/items").value
/// guard response.ok else { throw NodeError("HTTP \(response.status)") }
/// let items = try await response.json().value
/// ```
public final class FetchResponse {
    /// The status code (`200`).
    public let status: Int
    /// The reason phrase as the server sent it (`OK`).
    public let statusText: String
    /// The headers.
    public let headers: FetchHeaders
    /// The URL fetched.
    public let url: String
    /// The whole body, once it arrived.
    private let body: Promise<Buffer>
    /// Whether a reader took the body (WHATWG `bodyUsed`).
    public private(set) var bodyUsed = false

    init(message: IncomingMessage, url: String, body: Promise<Buffer>) {
        status = message.statusCode ?? 0
        statusText = message.statusMessage ?? ""
        headers = FetchHeaders(rawHeaders: message.rawHeaders)
        self.url = url
        self.body = body
    }

    /// Whether the status is in 200...299.
    public var ok: Bool { (200...299).contains(status) }

    /// The body as bytes (WHATWG `arrayBuffer()`; NodeLoop's bytes are a ``Buffer``).
    ///
    /// A second read of the body rejects with a `TypeError`, as in Node.
    public func arrayBuffer() -> Promise<Buffer> {
        owner.check("FetchResponse.arrayBuffer")
        guard !bodyUsed else { return Promise.reject(NodeError("Body is unusable: Body has already been read", name: "TypeError")) }
        bodyUsed = true
        return body
    }

    /// The body decoded as UTF-8 (WHATWG `text()`).
    public func text() -> Promise<String> {
        arrayBuffer().then { buffer in String(decoding: buffer.bytes, as: UTF8.self) }
    }

    /// The body parsed as JSON (WHATWG `json()`); rejects with a `SyntaxError` for text that
    /// is not JSON.
    public func json() -> Promise<JSONValue> {
        text().then { text in try JSONValue.parse(text) }
    }

    private let owner = OwnerThread()
}

@available(*, unavailable, message: "a response belongs to its loop")
extension FetchResponse: Sendable {}
