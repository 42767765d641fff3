/// A typed name for one of `process`'s events: the type parameter is what its listeners receive,
/// so the compiler rejects a listener of the wrong shape.
///
/// ```swift
/// process.on(.exit) { code in console.log("exiting with", code) }
/// process.on(.uncaughtException) { error, origin in console.log("caught", error.message) }
/// ```
public struct ProcessEvent<Payload>: Sendable {
    /// The event's Node name, such as `"beforeExit"`.
    public let name: String

    init(_ name: String) { self.name = name }
}

extension ProcessEvent where Payload == Int32 {
    /// Emitted when the loop has no work left, before `exit`; listeners may schedule more work,
    /// and the event comes again when that work is done. Not emitted after `process.exit` or an
    /// uncaught error. Receives `process.exitCode` (0 when unset).
    public static var beforeExit: Self { Self("beforeExit") }

    /// Emitted once as the run ends, with the exit code. Listeners run synchronously; work they
    /// schedule never runs, and `process.nextTick` does nothing from here on.
    public static var exit: Self { Self("exit") }
}

extension ProcessEvent where Payload == (any Error, String) {
    /// Emitted for an error no callback caught, with its origin (`"uncaughtException"`). With a
    /// listener, the run goes on; with none, the error is printed and the run ends with code 1.
    public static var uncaughtException: Self { Self("uncaughtException") }

    /// Emitted before `uncaughtException` for every uncaught error; it does not handle the error.
    public static var uncaughtExceptionMonitor: Self { Self("uncaughtExceptionMonitor") }
}

extension ProcessEvent where Payload == (any Error, any AnyPromise) {
    /// Emitted by the unhandled-rejection check (after a microtask drain) for a promise rejected
    /// with no handler attached, with the reason and the promise. In the default `throw` mode a
    /// listener stops the rejection from becoming an uncaught exception.
    public static var unhandledRejection: Self { Self("unhandledRejection") }
}

extension ProcessEvent where Payload == any AnyPromise {
    /// Emitted when a handler is attached to a promise already reported by
    /// `unhandledRejection`.
    public static var rejectionHandled: Self { Self("rejectionHandled") }
}

extension ProcessEvent where Payload == ProcessWarning {
    /// Emitted on the next tick after `process.emitWarning`. NodeLoop also prints every warning
    /// to stderr, as Node does unless started with `--no-warnings`.
    public static var warning: Self { Self("warning") }
}
