// How a writable side moves data, as Node's lib/internal/streams/writable.js orders it
// ---------------------------------------------------------------------------------------
// `write` counts the chunk against the high-water mark and hands it to `_write` at once, or
// buffers it when another write is in flight, the stream is corked or it has failed. When
// `_write` calls back, the next buffered chunk (or all of them, to `_writev`) is written, and
// the callback of the completed write runs: on the next tick if `_write` called back before
// returning, at once otherwise. After it, `drain` (if `write` had returned false and nothing
// is left) and, once `end()` has been called and nothing is left, `_final` then `finish` on a
// tick, then (autoDestroy) destroying, whose `close` comes a tick later.

/// The machinery of a writable side, shared by ``Writable`` and ``Duplex``. It has no public
/// members; use it through ``WritableStream``.
public final class WritableCore<Input> {
    /// The stream this side belongs to, set by ``attach(to:write:writev:final:)`` right after
    /// the stream is made. The stream owns this object, so it outlives every call; ticks queued
    /// here capture it strongly.
    private unowned var attachedOwner: Stream?
    // Loop-confined, and no mutation of it calls out: no runtime exclusivity check (every write
    // reads and writes it several times; see docs/performance.md).
    @exclusivity(unchecked) var state: WritableState<Input>
    /// Node's `writable: false` option of a ``Duplex``: the side is closed from the start.
    var isEnabled = true
    // The owner's `_write`, and its `_writev` and `_final` (nil when it has none: Node checks
    // whether they are set, and a stream without `_final` emits `prefinish` at once).
    // Set once by `attach`; every write reads `write`: no runtime exclusivity check.
    @exclusivity(unchecked) private var write: (Input, String, @escaping Stream.Callback) throws -> Void = { _, _, callback in callback(nil) }
    private var writev: (([(chunk: Input, encoding: String)], @escaping Stream.Callback) throws -> Void)?
    private var final: ((@escaping Stream.Callback) throws -> Void)?
    /// The callback every `_write` and `_writev` gets (Node's `onwrite`), made at the first
    /// write and kept: one closure a stream rather than one a write. It holds this side weakly
    /// (it is stored here); ``writingOwner`` keeps the stream alive while a write is in flight.
    // Loop-confined; read once a write: no runtime exclusivity check.
    @exclusivity(unchecked) private var writeCompletion: Stream.Callback?
    /// The stream, held from `_write` until it calls back, so that a write in flight keeps its
    /// stream alive as Node's request objects do; nil when no write is in flight.
    @exclusivity(unchecked) private var writingOwner: Stream?

    init(objectMode: Bool, highWaterMark: Int?) {
        state = WritableState(measure: ChunkMeasure(objectMode: objectMode), highWaterMark: highWaterMark)
    }

    /// Connects the side to its stream's implementation.
    func attach(
        to owner: Stream,
        write: @escaping (Input, String, @escaping Stream.Callback) throws -> Void,
        writev: (([(chunk: Input, encoding: String)], @escaping Stream.Callback) throws -> Void)?,
        final: ((@escaping Stream.Callback) throws -> Void)?
    ) {
        attachedOwner = owner
        self.write = write
        self.writev = writev
        self.final = final
    }

    private var owner: Stream {
        guard let attachedOwner else { preconditionFailure("WritableCore: used before attach(to:)") }
        return attachedOwner
    }

    private var lifecycle: StreamLifecycle { owner.lifecycle }

    // MARK: Writing

    /// Node's `write(chunk, encoding, cb)`, for a chunk already in the stream's chunk type.
    func write(_ chunk: Input, encoding: String, callback: Stream.Callback?) -> Bool {
        write(chunk, encoding: encoding, callback: callback) { [self] chunk, completed in
            try write(chunk, encoding, completed)
            return false
        }
    }

    /// Node's `write`, for a stream that can hand a chunk on without `_write`'s callback: when
    /// the chunk goes to the stream at once (nothing in flight, buffered or corked),
    /// `writeAtOnce` gets it instead of `_write`, with the callback to call, and returns true
    /// when it took the whole chunk without calling it. The write then completes as if `_write`
    /// had called back before returning (Node's order: the callback on a tick), without the
    /// call through the callback. A socket whose `uv_try_write` takes the chunk is the case.
    func write(
        _ chunk: Input, encoding: String, callback: Stream.Callback?,
        writeAtOnce: (Input, @escaping Stream.Callback) throws -> Bool
    ) -> Bool {
        // One strong reference for the whole write: each read of the unowned one is a check
        // and a retain.
        let owner = owner
        let failure: NodeError?
        if state.ending {
            failure = .streamWriteAfterEnd
        } else if owner.lifecycle.destroyed {
            failure = .streamDestroyed("write")
        } else {
            failure = nil
        }
        if let failure {
            process.nextTick { callback?(failure) }
            owner.errorOrDestroy(failure, sync: true)
            return false
        }
        state.pendingCallbacks += 1
        let size = state.measure.size(chunk)
        state.length += size
        if state.writing || state.corked > 0 || owner.lifecycle.errored != nil || !owner.lifecycle.constructed {
            state.buffered.append(.init(chunk: chunk, encoding: encoding, callback: callback))
        } else {
            startWrite(owner, size: size, callback: callback) { try writeAtOnce(chunk, $0) }
        }
        // Measured after the write: a chunk `_write` took at once does not count.
        let below = state.isBelowHighWaterMark()
        return below && owner.lifecycle.errored == nil && !owner.lifecycle.destroyed
    }

    /// Hands one chunk (or a batch) to the implementation, with the callback it must call;
    /// `call` returns true when the chunk was taken whole and the callback is not to come.
    private func startWrite(
        _ owner: Stream, size: Int, callback: Stream.Callback?, _ call: (@escaping Stream.Callback) throws -> Bool
    ) {
        state.beginWrite(size: size, callback: callback)
        writingOwner = owner
        let completed = completion()
        if owner.lifecycle.destroyed {
            completed(NodeError.streamDestroyed("write"))
        } else {
            do {
                if try call(completed) { writeCompleted(nil) }
            } catch {
                completed(error)
            }
        }
        state.sync = false
    }

    /// The callback for `_write`, made once a stream (see ``writeCompletion``).
    private func completion() -> Stream.Callback {
        if let writeCompletion { return writeCompletion }
        let completed: Stream.Callback = { [weak self] error in self?.writeCompleted(error) }
        writeCompletion = completed
        return completed
    }

    /// `_write` called back (Node's `onwrite`).
    private func writeCompleted(_ error: (any Error)?) {
        // The stream lives to the end of this call at least; a second call finds nil.
        let writing = writingOwner
        writingOwner = nil
        withExtendedLifetime(writing) { writeCompleted(error, sync: state.sync) }
    }

    private func writeCompleted(_ error: (any Error)?, sync: Bool) {
        guard let callback = state.completeWrite() else {
            owner.errorOrDestroy(NodeError.multipleCallback, sync: false)
            return
        }
        if let error {
            owner.lifecycle.record(error)
            let owner = owner
            let fail = { [self] in
                state.pendingCallbacks -= 1
                callback?(error)
                failBuffered()
                owner.errorOrDestroy(error, sync: false)
            }
            if sync { process.nextTick { withExtendedLifetime(owner) { fail() } } } else { fail() }
            return
        }
        if state.buffered.count > 0 { writeBuffered() }
        guard sync else { return afterWrite(count: 1, callback: callback, finishesNow: true) }
        // A write completed inside `_write`: its callback waits for a tick. A write with no
        // callback needs that tick only for `drain` (or, as Node 20 has it, in object mode);
        // otherwise it is counted done at once, and a pending tick serves the others.
        let needsTick = (state.needDrain && state.length == 0) || state.objectMode || callback != nil
        if callback == nil && (state.afterWritePending || !needsTick) {
            state.pendingCallbacks -= 1
            if state.ending { finishMaybe(sync: true) }
            return
        }
        state.afterWritePending = true
        let owner = owner
        process.nextTick { [self, owner] in
            withExtendedLifetime(owner) { afterWrite(count: 1, callback: callback, finishesNow: false) }
        }
    }

    /// After completed writes: `drain` if due, then their callbacks, then maybe `finish`: in the
    /// same tick after a write that completed later (`finishesNow`), as Node does, and on a
    /// tick of its own after writes that completed inside `_write`.
    private func afterWrite(count: Int, callback: Stream.Callback?, finishesNow: Bool) {
        state.afterWritePending = false
        if state.takeDrain(destroyed: lifecycle.destroyed) { owner.emitReporting(.drain) }
        for _ in 0..<count {
            state.pendingCallbacks -= 1
            callback?(nil)
        }
        if lifecycle.destroyed { failBuffered() }
        if state.ending { finishMaybe(sync: !finishesNow) }
    }

    /// Writes what waits in the buffer: all of it to `_writev` when there is one and more than
    /// one chunk waits, else one chunk after another while each completes synchronously (Node's
    /// `clearBuffer`).
    func writeBuffered() {
        let owner = owner
        guard state.corked == 0, !state.bufferProcessing, !owner.lifecycle.destroyed, owner.lifecycle.constructed,
              state.buffered.count > 0 else { return }
        state.bufferProcessing = true
        if state.buffered.count > 1, let writev {
            let pending = state.buffered.removeAll()
            state.pendingCallbacks -= pending.count - 1
            let size = pending.reduce(0) { $0 + state.measure.size($1.chunk) }
            let callbacks = pending.compactMap(\.callback)
            let batchCallback: Stream.Callback? = callbacks.isEmpty ? nil : { error in
                for callback in callbacks { callback(error) }
            }
            startWrite(owner, size: size, callback: batchCallback) { completed in
                try writev(pending.map { ($0.chunk, $0.encoding) }, completed)
                return false
            }
        } else {
            repeat {
                let next = state.buffered.removeFirst()
                startWrite(owner, size: state.measure.size(next.chunk), callback: next.callback) {
                    try self.write(next.chunk, next.encoding, $0)
                    return false
                }
            } while state.buffered.count > 0 && !state.writing
        }
        state.bufferProcessing = false
    }

    /// Fails every buffered write and `end` callback once the stream is destroyed (Node's
    /// `errorBuffer`).
    func failBuffered() {
        guard !state.writing else { return }
        let error = lifecycle.errored ?? NodeError.streamDestroyed("write")
        for pending in state.buffered.removeAll() {
            state.length -= state.measure.size(pending.chunk)
            pending.callback?(error)
        }
        let endError = lifecycle.errored ?? NodeError.streamDestroyed("end")
        let callbacks = state.finishCallbacks
        state.finishCallbacks = []
        for callback in callbacks { callback(endError) }
    }

    // MARK: Corking

    func cork() {
        state.corked += 1
    }

    func uncork() {
        guard state.corked > 0 else { return }
        state.corked -= 1
        if !state.writing { writeBuffered() }
    }

    // MARK: Ending

    /// Node's `end([chunk][, cb])`, after the chunk (if any) has been written.
    func end(writeFailed: Bool, callback: Stream.Callback?) {
        if state.corked > 0 {
            state.corked = 1
            uncork()
        }
        var failure: NodeError?
        if writeFailed {
            failure = nil
        } else if lifecycle.errored == nil && !state.ending {
            state.ending = true
            finishMaybe(sync: true)
            state.ended = true
        } else if state.finished {
            failure = .streamAlreadyFinished("end")
        } else if lifecycle.destroyed {
            failure = .streamDestroyed("end")
        }
        guard let callback else { return }
        if let error = failure ?? (state.finished ? nil : lifecycle.errored) {
            process.nextTick { callback(error) }
        } else if state.finished {
            process.nextTick { callback(nil) }
        } else {
            state.finishCallbacks.append(callback)
        }
    }

    private var needsFinish: Bool {
        lifecycle.constructed && state.needsFinish(
            destroyed: lifecycle.destroyed, errored: lifecycle.errored != nil,
            errorEmitted: lifecycle.errorEmitted, closeEmitted: lifecycle.closeEmitted
        )
    }

    /// The stream's `_construct` called back: what waited is written, and an ended stream may
    /// finish.
    func constructed() {
        if !state.writing { writeBuffered() }
        finishMaybe(sync: false)
    }

    /// Runs `_final` and `prefinish` once everything is written, then `finish` on a tick.
    private func finishMaybe(sync: Bool) {
        guard needsFinish else { return }
        prefinish()
        guard state.pendingCallbacks == 0 else { return }
        let owner = owner
        if sync {
            state.pendingCallbacks += 1
            process.nextTick { [self, owner] in
                withExtendedLifetime(owner) {
                    if needsFinish { finish() } else { state.pendingCallbacks -= 1 }
                }
            }
        } else if needsFinish {
            state.pendingCallbacks += 1
            finish()
        }
    }

    private func prefinish() {
        guard !state.prefinished, !state.finalCalled else { return }
        guard let final, !lifecycle.destroyed else {
            state.prefinished = true
            owner.emitReporting(.prefinish)
            return
        }
        state.finalCalled = true
        state.sync = true
        state.pendingCallbacks += 1
        var called = false
        let owner = owner
        let finalDone: Stream.Callback = { [self, owner] error in
            guard !called else {
                owner.errorOrDestroy(NodeError.multipleCallback, sync: false)
                return
            }
            called = true
            state.pendingCallbacks -= 1
            if let error {
                let callbacks = state.finishCallbacks
                state.finishCallbacks = []
                for callback in callbacks { callback(error) }
                owner.errorOrDestroy(error, sync: state.sync)
            } else if needsFinish {
                state.prefinished = true
                owner.emitReporting(.prefinish)
                state.pendingCallbacks += 1
                process.nextTick { [self, owner] in withExtendedLifetime(owner) { finish() } }
            }
        }
        do { try final(finalDone) } catch { finalDone(error) }
        state.sync = false
    }

    private func finish() {
        state.pendingCallbacks -= 1
        state.markFinished()
        let callbacks = state.finishCallbacks
        state.finishCallbacks = []
        for callback in callbacks { callback(nil) }
        owner.emitReporting(.finish)
        owner.writableDidFinish()
    }

    // MARK: State

    /// Node's `writable.writable`: writing is still possible.
    var isOpen: Bool {
        isEnabled && !lifecycle.destroyed && lifecycle.errored == nil && !state.ending && !state.ended
    }

    var progress: SideProgress? {
        guard isEnabled else { return nil }
        return SideProgress(
            isOpen: isOpen, isFinished: state.finished, isEnding: state.ending,
            isDrainedAfterEnd: state.finished || (state.ended && state.length == 0)
        )
    }

    /// Drops the implementation's closures once the stream has closed, and the stream itself if
    /// a write never called back (a socket destroyed while connecting drops its pending write).
    func release() {
        write = { _, _, callback in callback(nil) }
        writev = nil
        final = nil
        writingOwner = nil
    }
}

/// What ``Stream`` asks of a writable side whose chunk type it does not know.
protocol WritableSideHooks {
    var progress: SideProgress? { get }
    func failBufferedOnDestroy()
    func release()
}

extension WritableCore: WritableSideHooks {}

@available(*, unavailable, message: "a stream belongs to the loop it was made on")
extension WritableCore: Sendable {}

extension WritableCore {
    /// Node's `Writable.destroy`: waiting writes and `end` callbacks fail on the next tick.
    func failBufferedOnDestroy() {
        guard state.buffered.count > 0 || !state.finishCallbacks.isEmpty else { return }
        let owner = owner
        process.nextTick { [self, owner] in withExtendedLifetime(owner) { failBuffered() } }
    }
}
