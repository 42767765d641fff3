/// A value that belongs to one loop, made `Sendable` by a run-time check: it can be captured by
/// code the compiler treats as concurrent, and read only on the loop's thread.
///
/// An async body (`Promise { () async throws in ... }`) takes over what it captures, so a
/// promise, an `AbortController` or a counter object shared between the body and the rest of
/// the script does not compile. The body does run on the loop's thread, the same thread as the
/// callbacks, which the compiler cannot see; `LoopBound` says so, and checks it:
///
/// ```swift
/// let controller = LoopBound(AbortController())
/// Promise { () async throws in
///     for try await _ in timers.promises.setInterval(100, signal: controller.value.signal) { ... }
/// }
/// setTimeout(1_000) { controller.value.abort() }
/// ```
///
/// Reading ``value`` on any other thread stops the process with a message naming the mistake
/// (the check every loop-confined API makes, `OwnerThread`).
public struct LoopBound<Value>: @unchecked Sendable {
    // Only read through `value`, which checks the thread.
    private let wrapped: Value
    private let loop: EventLoop

    /// Binds `value` to the calling thread's loop.
    public init(_ value: Value) {
        self.init(value, loop: EventLoop.current)
    }

    @usableFromInline
    init(_ value: Value, loop: EventLoop) {
        wrapped = value
        self.loop = loop
    }

    /// The value; on the loop's thread only.
    public var value: Value {
        loop.owner.check("LoopBound.value")
        return wrapped
    }
}
