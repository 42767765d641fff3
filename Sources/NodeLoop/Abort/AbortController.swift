/// Cancels operations that accept its ``signal`` (Node's `AbortController`).
///
/// ```swift
/// let controller = AbortController()
/// timers.promises.setTimeout(1_000, "late", signal: controller.signal)
///     .catch { error in console.log(error.message) }   // The operation was aborted
/// controller.abort()
/// ```
public final class AbortController {
    /// The signal handed to the operations this controller can cancel.
    public let signal: AbortSignal

    public init() {
        signal = AbortSignal(loop: EventLoop.current)
    }

    /// Aborts the signal with `reason` (by default a `DOMException` named `AbortError`); its
    /// `abort` listeners run now. Later calls do nothing.
    public func abort(_ reason: (any Error)? = nil) {
        signal.loop.owner.check("AbortController.abort")
        signal.abort(reason ?? DOMException.aborted)
    }
}

@available(*, unavailable, message: "an AbortController belongs to the loop that created it")
extension AbortController: Sendable {}
