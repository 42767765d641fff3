// How a stream dies, as Node's lib/internal/streams/destroy.js orders it
// ----------------------------------------------------------------------
// `destroy(err)` marks the stream destroyed at once and calls `_destroy(err, cb)`. When `cb`
// runs (at once, for the default `_destroy`), the stream is closed and one tick is queued that
// emits `error` (if there is an error and none was emitted before) and then `close`. A second
// `destroy` only runs its callback. `errorOrDestroy` is how the stream machinery reports an
// error: it destroys the stream (`autoDestroy`), or emits `error` without destroying.
//
// Once `close` has gone out, nothing more can be emitted by the stream's machinery, so the
// stream drops its user closures and listeners: a callback that captures its own stream does
// not keep it alive (see `releaseCallbacks`).
//
// A stream with a `_construct` (see `Stream+Construct.swift`) is not constructed until it
// calls back: a `destroy` before then waits for it, and only then calls `_destroy`.

/// Node's `Stream`: the base of ``Readable``, ``Writable`` and their combinations, holding what
/// every stream shares: destroying, `destroyed`, `closed`, `errored`, and the `error` and
/// `close` events.
///
/// You do not make one directly; it is the type that names "any stream", as the payload of the
/// `pipe` event and the argument of ``StreamModule/finished(_:readable:writable:error:_:)``.
open class Stream: EventEmitter {
    /// The callback of `_destroy` and of ``destroy(_:_:)``: nil, or the error destroying met.
    public typealias Callback = ((any Error)?) -> Void

    // Loop-confined; no runtime exclusivity check (read on every push and write).
    @exclusivity(unchecked) var lifecycle: StreamLifecycle
    /// The closure form of `_destroy`, until the stream has closed.
    private var destroyImplementation: ((Stream, (any Error)?, @escaping Callback) throws -> Void)?
    /// The rest of a `destroy` called before `_construct` called back: it runs then, with the
    /// construction's error (Node waits for its `kDestroy` event).
    var destroyWhenConstructed: (((any Error)?) -> Void)?

    init(emitClose: Bool, autoDestroy: Bool, destroy: ((Stream, (any Error)?, @escaping Callback) throws -> Void)?) {
        lifecycle = StreamLifecycle(emitClose: emitClose, autoDestroy: autoDestroy)
        destroyImplementation = destroy
        super.init()
        if hasConstruct { beginConstructing() }
    }

    // MARK: Constructing

    /// Prepares what the stream needs before its first read or write (a file to open, a
    /// connection to make), then calls `callback` with nil or the error that makes the stream
    /// unusable (Node's `_construct(callback)`). It is called on the tick after the stream is
    /// made; until `callback` runs, `_read` and `_write` are not called (writes wait in the
    /// buffer) and `destroy` waits. An error destroys the stream.
    ///
    /// Used only when ``hasConstruct`` is true: a subclass overrides both.
    open func _construct(_ callback: @escaping Callback) throws {
        callback(nil)
    }

    /// Whether the stream has a `_construct(_:)` (Node checks whether `_construct` is set). A
    /// subclass that overrides `_construct` overrides this to return true.
    open var hasConstruct: Bool { false }

    // MARK: State

    /// Whether ``destroy(_:_:)`` has been called (Node's `destroyed`).
    public var destroyed: Bool { lifecycle.destroyed }

    /// Whether the stream has finished destroying: `close` is queued or emitted (Node's `closed`).
    public var closed: Bool { lifecycle.closed }

    /// The error that destroyed the stream or made it fail, if any (Node's `errored`).
    public var errored: (any Error)? { lifecycle.errored }

    // MARK: Destroying

    /// Destroys the stream (Node's `destroy([error][, callback])`): it is `destroyed` at once,
    /// nothing more is read or written, and on a later tick it emits `error` (with `error`, if
    /// it has not emitted one) and then `close`. Calling it again only calls `callback`.
    ///
    /// ```swift
    /// readable.destroy(NodeError("boom"))   // next tick: 'error' boom, then 'close'
    /// ```
    @discardableResult
    public func destroy(_ error: (any Error)? = nil, _ callback: Callback? = nil) -> Self {
        owner.check("Stream.destroy")
        switch lifecycle.destroy(error) {
        case .alreadyDestroyed:
            callback?(nil)
        case .callDestroy:
            willDestroy()
            if lifecycle.constructed {
                runDestroy(lifecycle.errored, callback)
            } else {
                destroyWhenConstructed = { [self] constructError in
                    runDestroy(lifecycle.errored ?? constructError, callback)
                }
            }
        }
        return self
    }

    /// Calls `_destroy` with `error`; its callback closes the stream.
    private func runDestroy(_ error: (any Error)?, _ callback: Callback?) {
        var called = false
        let completed: Callback = { [self] error in
            guard !called else { return }
            called = true
            destroyCompleted(error, callback)
        }
        do {
            try callDestroy(error, completed)
        } catch {
            completed(error)
        }
    }

    /// Releases the stream's resources, then calls `callback` with nil or an error to report
    /// (Node's `_destroy(err, callback)`). The default calls `callback(error)` at once;
    /// override it (calling `super` is not needed) or pass `destroy:` when making the stream.
    open func _destroy(_ error: (any Error)?, _ callback: @escaping Callback) throws {
        guard let destroyImplementation else { return callback(error) }
        try destroyImplementation(self, error, callback)
    }

    private func callDestroy(_ error: (any Error)?, _ callback: @escaping Callback) throws {
        try _destroy(error, callback)
    }

    private func destroyCompleted(_ error: (any Error)?, _ callback: Callback?) {
        let action = lifecycle.destroyCompleted(error)
        callback?(error)
        process.nextTick { [self] in
            if case .emitErrorThenClose(let error) = action, lifecycle.takeErrorEmission() {
                try emit(.error, error)
            }
            if lifecycle.takeCloseEmission() { try emit(.close) }
            releaseCallbacks()
        }
    }

    /// Reports an error found by the stream machinery (Node's `errorOrDestroy`): destroys the
    /// stream when it destroys itself on errors, else emits `error` (on a later tick if `sync`).
    func errorOrDestroy(_ error: any Error, sync: Bool) {
        guard !lifecycle.destroyed else { return }
        if lifecycle.autoDestroy {
            destroy(error)
            return
        }
        lifecycle.markErrorEmittedWithoutDestroy(error)
        if sync {
            process.nextTick { [self] in emitErrorOnce(error) }
        } else {
            emitErrorOnce(error)
        }
    }

    private func emitErrorOnce(_ error: any Error) {
        guard lifecycle.takeErrorEmission() else { return }
        emitReporting(.error, error)
    }

    // MARK: Hooks for the sides

    /// Called as `destroy` begins, before `_destroy`: the writable side fails its waiting
    /// writes on the next tick (Node's `Writable.destroy`).
    private func willDestroy() {
        writableHooks?.failBufferedOnDestroy()
    }

    /// After `finish`: a stream that destroys itself does so now, unless its readable side has
    /// not ended yet.
    func writableDidFinish() {
        guard lifecycle.autoDestroy, readableProgress.map({ $0.isFinished }) ?? true else { return }
        destroy()
    }

    /// Called once `close` has been emitted: drops the closures a user gave the stream and
    /// every listener, since none can be called any more. Subclasses drop their own closures
    /// and call `super`.
    func releaseCallbacks() {
        writableHooks?.release()
        destroyImplementation = nil
        releaseListeners()
    }

    /// Emits an event from the stream machinery, where no caller can take a thrown error: a
    /// listener's throw becomes an uncaught exception, as it would reach the loop in Node.
    func emitReporting<Payload>(_ event: EventName<Payload>, _ payload: Payload) {
        do { try emit(event, payload) } catch { EventLoop.current.handleUncaught(error) }
    }

    /// ``emitReporting(_:_:)`` for an event with no value.
    func emitReporting(_ event: EventName<Void>) {
        emitReporting(event, ())
    }

    // MARK: What `finished` and `pipeline` ask of any stream

    /// Ends the writable side, if there is one, for `pipeline`, which sees its streams only as
    /// ``Stream``s.
    func endWritableSide() {
        (self as? any WritableStream)?.endWritable()
    }

    /// The readable side's progress, or nil for a stream that cannot be read.
    var readableProgress: SideProgress? { nil }
    /// The writable side's progress, or nil for a stream that cannot be written.
    var writableProgress: SideProgress? { writableHooks?.progress }

    /// The writable side's machinery, or nil for a stream that cannot be written: ``Writable``
    /// and ``Duplex`` override it. A dynamic cast to `any WritableStream` would answer the same,
    /// at the cost of a conformance look-up on every destroy and every end.
    var writableHooks: (any WritableSideHooks)? { nil }
}

/// How far one side of a stream has come, as `finished` and `pipeline` ask it.
struct SideProgress {
    /// Node's `readable` / `writable` getter: the side still takes reads or writes.
    var isOpen: Bool
    /// `end` (readable) or `finish` (writable) has been emitted.
    var isFinished: Bool
    /// `push(null)` (readable) or `end()` (writable) has been called.
    var isEnding: Bool
    /// `end` or `finish` has been emitted, or the side has ended with nothing left in its
    /// buffer (Node's non-strict `isReadableFinished` / `isWritableFinished`).
    var isDrainedAfterEnd: Bool
}

@available(*, unavailable, message: "a stream belongs to the loop it was made on")
extension Stream: Sendable {}
