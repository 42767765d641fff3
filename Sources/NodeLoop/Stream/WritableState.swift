/// The state of a writable side, as Node's `WritableState` keeps it: the chunk being written,
/// the chunks waiting behind it, and the flags that decide when `drain`, `prefinish` and
/// `finish` go out.
///
/// ```
///   writing ──end()──▶ ending ──last write done, _final called back──▶ prefinished
///                                                                        │ tick
///   destroyed ◀──autoDestroy── finished ('finish') ◀────────────────────┘
/// ```
///
/// One chunk is with `_write` at a time (`writing`); the others wait in `buffered` (all of them
/// while corked), and go to `_writev` together when the stream has one.
struct WritableState<Chunk> {
    /// A chunk waiting for `_write`, with its encoding name and the caller's callback.
    struct Pending {
        let chunk: Chunk
        let encoding: String
        let callback: Stream.Callback?
    }

    let measure: ChunkMeasure<Chunk>
    /// Node's `highWaterMark`: `write` returns false once this much is buffered.
    let highWaterMark: Int
    /// Node's `defaultEncoding`: the encoding of written strings.
    var defaultEncoding: BufferEncoding = .utf8
    /// Written but not yet completed: bytes, or chunks in object mode.
    var length = 0
    /// A chunk is with `_write` or `_writev`.
    var writing = false
    /// How many `cork()` calls wait for `uncork()`.
    var corked = 0
    /// The current `_write` call has not returned yet.
    var sync = true
    var bufferProcessing = false
    /// The callback of the chunk with `_write`, and its size; nil when none is in flight.
    var inFlight: (size: Int, callback: Stream.Callback?)?
    /// A tick is queued that completes a write `_write` finished before returning.
    var afterWritePending = false
    var buffered = ChunkQueue<Pending>()
    /// Calls of a write's callback and of the finish step still to come (Node's `pendingcb`).
    var pendingCallbacks = 0
    var needDrain = false
    /// `end()` has been called.
    var ending = false
    var ended = false
    var finalCalled = false
    var prefinished = false
    /// `finish` has been emitted.
    var finished = false
    /// The callbacks `end(cb)` left for `finish`.
    var finishCallbacks: [Stream.Callback] = []

    init(measure: ChunkMeasure<Chunk>, highWaterMark: Int?) {
        self.measure = measure
        self.highWaterMark = highWaterMark ?? defaultHighWaterMark(objectMode: measure.objectMode)
    }

    var objectMode: Bool { measure.objectMode }

    /// Whether `write` may go on: below the high-water mark; if not, `drain` will be due.
    mutating func isBelowHighWaterMark() -> Bool {
        let below = length < highWaterMark
        if !below { needDrain = true }
        return below
    }

    /// Starts a `_write` (or `_writev`) of `size` units.
    mutating func beginWrite(size: Int, callback: Stream.Callback?) {
        precondition(!writing, "WritableState: a write began while another is in flight")
        inFlight = (size, callback)
        writing = true
        sync = true
    }

    /// `_write` called back: returns the chunk's callback; nil if it had already called back.
    mutating func completeWrite() -> Stream.Callback?? {
        guard let inFlight else { return nil }
        self.inFlight = nil
        writing = false
        length -= inFlight.size
        return .some(inFlight.callback)
    }

    /// Node's `needFinish`: everything is written and `finish` may come.
    func needsFinish(destroyed: Bool, errored: Bool, errorEmitted: Bool, closeEmitted: Bool) -> Bool {
        ending && !destroyed && length == 0 && !errored && buffered.count == 0 && !finished && !writing
            && !errorEmitted && !closeEmitted
    }

    /// Whether `drain` is due after a write completed.
    mutating func takeDrain(destroyed: Bool) -> Bool {
        let due = !ending && !destroyed && length == 0 && needDrain
        if due { needDrain = false }
        return due
    }

    mutating func markFinished() {
        precondition(!finished, "WritableState: finish emitted twice")
        finished = true
    }
}
