// `stream.finished` (Node's end-of-stream): one callback when a stream is done, whatever way it
// ends. A stream that will emit `close` after ending (autoDestroy and emitClose, Node's
// defaults) is done at `close`; one that will not is done at `end` / `finish`. A `close` that
// comes before the end is a premature close; an `error` is reported as it comes.

extension StreamModule {
    /// Calls `callback` once `stream` is done (Node's `stream.finished(stream[, options],
    /// callback)`): with nil after it ended (at its `close`, for a stream that closes after
    /// ending), with the error it emitted, or with `ERR_STREAM_PREMATURE_CLOSE` when it closed
    /// before ending. A stream already done calls back on the next tick.
    ///
    /// - Parameters:
    ///   - stream: the stream to watch.
    ///   - readable: wait for the readable side's end (default: whether it has one).
    ///   - writable: wait for the writable side's finish (default: whether it has one).
    ///   - reportErrors: report `error` events (Node's `error` option, default true).
    ///   - callback: called once, with nil or the error that ended the stream.
    /// - Returns: a function that removes the listeners `finished` added (Node's cleanup).
    @discardableResult
    public func finished(
        _ stream: Stream,
        readable: Bool? = nil,
        writable: Bool? = nil,
        error reportErrors: Bool = true,
        _ callback: @escaping Stream.Callback
    ) -> () -> Void {
        let hasReadable = stream.readableProgress != nil
        let hasWritable = stream.writableProgress != nil
        let readable = readable ?? hasReadable
        let writable = writable ?? hasWritable
        var done = false
        let finish: Stream.Callback = { error in
            guard !done else { return }
            done = true
            callback(error)
        }
        var willEmitClose = stream.lifecycle.willEmitClose && hasReadable == readable && hasWritable == writable
        var writableFinished = stream.writableProgress?.isDrainedAfterEnd ?? false
        var readableFinished = stream.readableProgress?.isDrainedAfterEnd ?? false
        let isReadableOpen = { stream.readableProgress.map { !stream.destroyed && $0.isOpen && !$0.isFinished } }
        let isWritableOpen = { stream.writableProgress.map { !stream.destroyed && $0.isOpen } }

        let onFinish = {
            writableFinished = true
            if stream.destroyed { willEmitClose = false }
            if willEmitClose && (stream.readableProgress?.isOpen != true || readable) { return }
            if !readable || readableFinished { finish(nil) }
        }
        let onEnd = {
            readableFinished = true
            if stream.destroyed { willEmitClose = false }
            if willEmitClose && (stream.writableProgress?.isOpen != true || writable) { return }
            if !writable || writableFinished { finish(nil) }
        }
        let onClose = {
            if let errored = stream.errored { return finish(errored) }
            if readable && !readableFinished && hasReadable && stream.readableProgress?.isDrainedAfterEnd != true {
                return finish(NodeError.streamPrematureClose)
            }
            if writable && !writableFinished && stream.writableProgress?.isDrainedAfterEnd != true {
                return finish(NodeError.streamPrematureClose)
            }
            finish(nil)
        }
        let onClosed = { finish(stream.errored) }

        let endId = stream.on(EventName<Void>.end, onEnd)
        let finishId = stream.on(EventName<Void>.finish, onFinish)
        let errorId = reportErrors ? stream.on(EventName<any Error>.error) { finish($0) } : nil
        let closeId = stream.on(EventName<Void>.close, onClose)

        if stream.closed {
            process.nextTick(onClose)
        } else if stream.lifecycle.errorEmitted {
            if !willEmitClose { process.nextTick(onClosed) }
        } else if !readable && (!willEmitClose || isReadableOpen() == true)
                    && (writableFinished || isWritableOpen() == false) {
            process.nextTick(onClosed)
        } else if !writable && (!willEmitClose || isWritableOpen() == true)
                    && (readableFinished || isReadableOpen() == false) {
            process.nextTick(onClosed)
        }
        return {
            done = true
            stream.off(EventName<Void>.end, endId)
            stream.off(EventName<Void>.finish, finishId)
            if let errorId { stream.off(EventName<any Error>.error, errorId) }
            stream.off(EventName<Void>.close, closeId)
        }
    }
}
