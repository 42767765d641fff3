/// How a stream ends its life, the part Node's readable and writable sides share: destroying,
/// the `error` and `close` events, and the flags Node keeps for them.
///
/// ```
///   open ──destroy(err)──▶ destroying ──_destroy's callback──▶ closing ──tick──▶ closed
///                             (destroyed)                       (closed)           (close emitted)
/// ```
///
/// A stream is `destroyed` from the moment `destroy` is called, `closed` once its `_destroy`
/// has called back, and emits `error` (if it has one to report) then `close` together on the
/// next tick. Impossible transitions stop with a precondition naming the phase and the event.
///
/// Beside the phase, a stream with a `_construct` is not `constructed` until `_construct` calls
/// back; `_destroy` waits for that (`constructing ──callback──▶ constructed`).
struct StreamLifecycle {
    enum Phase: Equatable {
        case open
        case destroying
        case closing
        case closed
    }

    /// What ``Stream/destroy(_:_:)`` does next.
    enum DestroyAction {
        /// Already destroyed: only the caller's callback runs.
        case alreadyDestroyed
        /// Call `_destroy` and wait for its callback.
        case callDestroy
    }

    /// What the tick queued when `_destroy` calls back emits.
    enum CloseAction {
        case emitErrorThenClose(any Error)
        case emitClose
    }

    private(set) var phase = Phase.open
    /// False while `_construct` has not called back (Node's `constructed`, which Node keeps on
    /// each side and sets on both at once).
    private(set) var constructed = true
    /// The first error the stream met (Node's `errored`).
    private(set) var errored: (any Error)?
    /// Whether `error` has been emitted (once at most, as in Node).
    private(set) var errorEmitted = false
    /// Node's `emitClose` option: whether `close` is emitted after destroying.
    let emitClose: Bool
    /// Node's `autoDestroy` option: whether ending (and erroring) destroys the stream.
    let autoDestroy: Bool

    init(emitClose: Bool, autoDestroy: Bool) {
        self.emitClose = emitClose
        self.autoDestroy = autoDestroy
    }

    var destroyed: Bool { phase != .open }
    var closed: Bool { phase == .closing || phase == .closed }
    var closeEmitted: Bool { phase == .closed }
    /// Node's `_willEmitClose`: ending this stream leads to a `close` event.
    var willEmitClose: Bool { emitClose && autoDestroy && !closed }

    /// The stream has a `_construct` to wait for.
    mutating func beginConstructing() {
        precondition(phase == .open && constructed, "StreamLifecycle: constructing in phase \(phase)")
        constructed = false
    }

    /// `_construct` called back.
    mutating func markConstructed() {
        precondition(!constructed, "StreamLifecycle: _construct called back twice")
        constructed = true
    }

    /// Keeps the first error the stream met.
    mutating func record(_ error: (any Error)?) {
        guard let error, errored == nil else { return }
        errored = error
    }

    mutating func destroy(_ error: (any Error)?) -> DestroyAction {
        guard phase == .open else { return .alreadyDestroyed }
        record(error)
        phase = .destroying
        return .callDestroy
    }

    /// `_destroy` called back: the close tick is queued.
    mutating func destroyCompleted(_ error: (any Error)?) -> CloseAction {
        precondition(phase == .destroying, "StreamLifecycle: _destroy called back in phase \(phase)")
        record(error)
        phase = .closing
        if let error { return .emitErrorThenClose(error) }
        return .emitClose
    }

    /// Whether an `error` event is to be emitted now; true once at most.
    mutating func takeErrorEmission() -> Bool {
        guard !errorEmitted else { return false }
        errorEmitted = true
        return true
    }

    /// Marks `close` as emitted; returns whether to emit it (the `emitClose` option).
    mutating func takeCloseEmission() -> Bool {
        precondition(phase == .closing, "StreamLifecycle: close emitted in phase \(phase)")
        phase = .closed
        return emitClose
    }

    /// An error reported without destroying (`autoDestroy: false`).
    mutating func markErrorEmittedWithoutDestroy(_ error: any Error) {
        record(error)
    }
}
