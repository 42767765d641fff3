/// The error `process.exit` throws to unwind the running callback.
///
/// Node's `process.exit` never returns; in Swift the way to leave the rest of a callback unrun is
/// to throw. NodeLoop catches this error at the callback boundary and ends the run with `code`.
/// A `catch` that swallows every error would swallow this one too: rethrow it.
public struct ProcessExit: Error, Sendable, Equatable {
    /// The requested exit code, or nil to use `process.exitCode`.
    public let code: Int32?
}
