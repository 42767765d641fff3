/// The reason an ``AbortSignal`` carries when none was given: the web platform's
/// `DOMException`, as Node uses it (`AbortError`, code 20; `TimeoutError`, code 23).
public struct DOMException: NodeStyleError, CustomStringConvertible {
    public let name: String
    public let message: String
    /// The legacy numeric code (20 for `AbortError`, 23 for `TimeoutError`).
    public let code: Int

    /// `controller.abort()` with no reason.
    static let aborted = DOMException(name: "AbortError", message: "This operation was aborted", code: 20)
    /// `AbortSignal.timeout(ms)` when the time is up.
    static let timedOut = DOMException(name: "TimeoutError", message: "The operation was aborted due to timeout", code: 23)

    public var description: String { "DOMException [\(name)]: \(message)" }
}

/// What an operation cancelled through an ``AbortSignal`` rejects with: Node's `AbortError`
/// (code `ABORT_ERR`), with the signal's reason as its `cause`.
public struct AbortError: NodeStyleError, CustomStringConvertible {
    public let name = "AbortError"
    public let message: String
    public let code = "ABORT_ERR"
    /// The signal's reason.
    public let cause: (any Error)?

    public init(_ message: String = "The operation was aborted", cause: (any Error)? = nil) {
        self.message = message
        self.cause = cause
    }

    public var description: String { "\(name): \(message)" }
}
