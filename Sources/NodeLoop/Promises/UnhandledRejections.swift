#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What happens to a promise rejected with no handler attached by the end of the microtask
/// drain: Node's `--unhandled-rejections` modes.
///
/// Set it for a loop with `process.unhandledRejections`, or for every loop of the process with
/// the environment variable `NODELOOP_UNHANDLED_REJECTIONS` (`throw`, `strict`, `warn`,
/// `warn-with-error-code`, `none`).
public enum UnhandledRejectionsMode: String, Sendable, CaseIterable {
    /// Node's default: emit `unhandledRejection`; with no listener, raise the reason as an
    /// uncaught exception (exit code 1 unless `uncaughtException` is handled).
    case `throw`
    /// Raise as an uncaught exception first; then emit `unhandledRejection`, warning if unheard.
    case strict
    /// Emit `unhandledRejection` and always print a warning.
    case warn
    /// Emit `unhandledRejection`; with no listener, print a warning and set exit code 1.
    case warnWithErrorCode = "warn-with-error-code"
    /// Emit `unhandledRejection` only.
    case none

    /// The mode named by `NODELOOP_UNHANDLED_REJECTIONS`, or `.throw`.
    static let processDefault: UnhandledRejectionsMode = {
        guard let raw = getenv("NODELOOP_UNHANDLED_REJECTIONS") else { return .throw }
        return UnhandledRejectionsMode(rawValue: String(cString: raw)) ?? .throw
    }()
}

// Node's bookkeeping (lib/internal/process/promises.js), per loop:
// - a promise rejected with no handler is recorded as "maybe unhandled" and queued for the check;
// - a handler attached later removes it; if the check had already reported it, a
//   `rejectionHandled` is queued instead;
// - the check runs after every microtask drain and reports each queued promise still unhandled.

/// The unhandled-rejection check of one loop.
@usableFromInline
final class RejectionTracker {
    private struct Entry {
        let reason: any Error
        let id: Int
        var warned = false
    }

    var mode = UnhandledRejectionsMode.processDefault
    private var maybeUnhandled: [ObjectIdentifier: Entry] = [:]
    // Both are read by `hasWork` after every microtask drain, that is after every callback;
    // loop-confined, so runtime exclusivity checks would only cost.
    @exclusivity(unchecked) private var pendingCheck: [any AnyPromise] = []
    @exclusivity(unchecked) private var handledLate: [(promise: any AnyPromise, id: Int)] = []
    private var lastId = 0

    /// Whether the next check has anything to do.
    var hasWork: Bool { !pendingCheck.isEmpty || !handledLate.isEmpty }

    @usableFromInline
    func rejectedWithoutHandler(_ promise: any AnyPromise, reason: any Error) {
        lastId += 1
        maybeUnhandled[ObjectIdentifier(promise)] = Entry(reason: reason, id: lastId)
        pendingCheck.append(promise)
    }

    @usableFromInline
    func handlerAdded(_ promise: any AnyPromise) {
        guard let entry = maybeUnhandled.removeValue(forKey: ObjectIdentifier(promise)) else { return }
        if entry.warned { handledLate.append((promise, entry.id)) }
    }

    /// Forgets everything (loop close).
    func removeAll() {
        maybeUnhandled.removeAll()
        pendingCheck.removeAll()
        handledLate.removeAll()
    }

    /// Node's `processPromiseRejections`: reports late handling, then every promise still
    /// unhandled. Returns whether listeners ran (so the drain must look at the queues again).
    func check(on loop: EventLoop) -> Bool {
        var ranListeners = !handledLate.isEmpty
        while !handledLate.isEmpty {
            let (promise, id) = handledLate.removeFirst()
            let heard = emit(loop) { try loop.processState.emit(.rejectionHandled, promise) }
            if !heard {
                loop.emitWarning("Promise rejection was handled asynchronously (rejection id: \(id))", type: "PromiseRejectionHandledWarning")
            }
            if loop.isTerminated { return false }
        }
        var remaining = pendingCheck.count
        while remaining > 0 {
            remaining -= 1
            let promise = pendingCheck.removeFirst()
            let key = ObjectIdentifier(promise)
            guard var entry = maybeUnhandled[key] else { continue }
            entry.warned = true
            maybeUnhandled[key] = entry
            report(promise, entry.reason, id: entry.id, on: loop)
            ranListeners = true
            if loop.isTerminated { return false }
        }
        return ranListeners || !pendingCheck.isEmpty
    }

    private func report(_ promise: any AnyPromise, _ reason: any Error, id: Int, on loop: EventLoop) {
        let emitUnhandled = { self.emit(loop) { try loop.processState.emit(.unhandledRejection, (reason, promise)) } }
        switch mode {
        case .strict:
            loop.handleUncaught(Self.uncaughtError(for: reason), origin: "unhandledRejection")
            if loop.isTerminated { return }
            if !emitUnhandled() { warn(reason, id: id, on: loop) }
        case .none:
            _ = emitUnhandled()
        case .warn:
            _ = emitUnhandled()
            warn(reason, id: id, on: loop)
        case .throw:
            if !emitUnhandled() {
                loop.handleUncaught(Self.uncaughtError(for: reason), origin: "unhandledRejection")
            }
        case .warnWithErrorCode:
            if !emitUnhandled() {
                warn(reason, id: id, on: loop)
                loop.processState.exitCode = 1
            }
        }
    }

    private func warn(_ reason: any Error, id: Int, on loop: EventLoop) {
        loop.emitWarning(inspect(reason), type: "UnhandledPromiseRejectionWarning")
        loop.emitWarning(
            "Unhandled promise rejection. This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). To terminate the node process on unhandled promise rejection, use the CLI flag `--unhandled-rejections=strict` (see https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). (rejection id: \(id))",
            type: "UnhandledPromiseRejectionWarning"
        )
    }

    /// The error raised for an unhandled rejection: the reason itself when it is an error object
    /// (a ``NodeStyleError``), else Node's `ERR_UNHANDLED_REJECTION` naming it.
    static func uncaughtError(for reason: any Error) -> any Error {
        if reason is any NodeStyleError { return reason }
        return NodeError(
            "This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason \"\(inspect(reason))\".",
            name: "UnhandledPromiseRejection",
            code: "ERR_UNHANDLED_REJECTION"
        )
    }

    /// Calls listeners through `emitEvent`; an error they throw takes the uncaught path.
    /// Returns whether anyone listened.
    private func emit(_ loop: EventLoop, _ emitEvent: () throws -> Bool) -> Bool {
        do {
            return try emitEvent()
        } catch {
            loop.handleUncaught(error)
            return true
        }
    }
}
