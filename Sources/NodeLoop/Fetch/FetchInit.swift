/// What a `fetch` sends besides its URL (the WHATWG `RequestInit` of Node's `fetch`).
///
/// ```swift
/// fetch("http://127.0.0.1:8080/items", FetchInit(method: "POST", headers: ["Content-Type": "application/json"], body: "{}"))
/// ```
public struct FetchInit {
    /// The method (default `GET`).
    public var method: String
    /// The headers, in the order they go on the wire.
    public var headers: [(name: String, value: String)]
    /// The body: text (sent as UTF-8) or bytes; none for nil.
    public var body: FetchBody?
    /// Aborting it rejects the fetch with an `AbortError`.
    public var signal: AbortSignal?

    /// What to send; every argument has `fetch`'s default.
    public init(
        method: String = "GET", headers: KeyValuePairs<String, String> = [:], body: FetchBody? = nil,
        signal: AbortSignal? = nil
    ) {
        self.method = method
        self.headers = headers.map { ($0.key, $0.value) }
        self.body = body
        self.signal = signal
    }
}

/// A `fetch` body: text or bytes. A string literal is text.
public enum FetchBody: ExpressibleByStringLiteral {
    /// Text, sent as UTF-8 with `Content-Type: text/plain;charset=UTF-8` unless one is set.
    case text(String)
    /// Bytes, sent as they are.
    case bytes(Buffer)

    /// A body of text.
    public init(stringLiteral value: String) { self = .text(value) }

    var buffer: Buffer {
        switch self {
        case .text(let text): Buffer(text.utf8)
        case .bytes(let buffer): buffer
        }
    }
}
