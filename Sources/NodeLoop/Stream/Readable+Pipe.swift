// `pipe`: a readable stream's chunks written into a writable stream, with back-pressure, as
// Node's `Readable.prototype.pipe` does it. The source's `data` listener writes each chunk; a
// write that returns false pauses the source until the destination's `drain`. The source's
// `end` ends the destination (unless `end: false`); the destination's `close` or `finish`
// unpipes; an `error` on the destination unpipes and, with no other `error` listener, is
// reported on it as usual.

/// One destination of a ``Readable``'s `pipe`.
struct PipeDestination {
    let stream: Stream
}

extension Readable {
    /// Writes every chunk of this stream into `destination` (Node's `pipe(dest[, { end }])`),
    /// pausing while `destination.write` returns false and resuming on its `drain`. When this
    /// stream ends, `destination.end()` is called, unless `end` is false. Returns `destination`
    /// so that pipes chain.
    ///
    /// ```swift
    /// source.pipe(upperCase).pipe(sink)
    /// ```
    ///
    /// An error on this stream does not end or destroy `destination`; use
    /// ``StreamModule/pipeline(_:_:_:)`` for that.
    @discardableResult
    public func pipe<Destination: WritableStream>(_ destination: Destination, end: Bool = true) -> Destination
    where Destination.Input == Chunk {
        owner.check("Readable.pipe")
        let source = self
        let key = ObjectIdentifier(destination)
        pipes.append(PipeDestination(stream: destination))
        var cleanedUp = false
        var drainListener: ListenerID?
        var removals: [() -> Void] = []

        func unpipe() { source.unpipe(destination) }
        func resumeOnDrain() {
            source.state.awaitDrainWriters.remove(key)
            if source.state.awaitDrainWriters.isEmpty && source.listenerCount(EventName<Chunk>.data) > 0 {
                source.resume()
            }
        }
        func pauseSource() {
            if !cleanedUp {
                source.state.awaitDrainWriters.insert(key)
                source.pause()
            }
            if drainListener == nil {
                let id = destination.on(.drain) { resumeOnDrain() }
                drainListener = id
                removals.append { destination.off(EventName<Void>.drain, id) }
            }
        }
        func cleanUp() {
            let pending = removals
            removals = []
            for remove in pending { remove() }
            cleanedUp = true
            if drainListener != nil && !source.state.awaitDrainWriters.isEmpty && destination.writableNeedDrain {
                resumeOnDrain()
            }
        }

        let endAction: () -> Void = end ? { destination.end() } : unpipe
        if state.endEmitted {
            process.nextTick(endAction)
        } else {
            let id = once(.end, endAction)
            removals.append { source.off(EventName<Void>.end, id) }
        }
        let unpipeId = destination.on(.unpipe) { readable in
            if readable === source && !cleanedUp { cleanUp() }
        }
        removals.append { destination.off(EventName<Stream>.unpipe, unpipeId) }
        let dataId = on(EventName<Chunk>.data) { chunk in
            if !destination.write(chunk) { pauseSource() }
        }
        removals.append { source.off(EventName<Chunk>.data, dataId) }
        var errorId: ListenerID?
        errorId = destination.prependListener(.error) { error in
            unpipe()
            if let errorId { destination.off(EventName<any Error>.error, errorId) }
            if destination.listenerCount(EventName<any Error>.error) == 0 {
                if destination.lifecycle.errorEmitted {
                    try destination.emit(.error, error)
                } else {
                    destination.errorOrDestroy(error, sync: false)
                }
            }
        }
        var finishId: ListenerID?
        let closeId = destination.once(EventName<Void>.close) {
            if let finishId { destination.off(EventName<Void>.finish, finishId) }
            unpipe()
        }
        finishId = destination.once(.finish) {
            destination.off(EventName<Void>.close, closeId)
            unpipe()
        }
        removals.append {
            if let errorId { destination.off(EventName<any Error>.error, errorId) }
            destination.off(EventName<Void>.close, closeId)
            if let finishId { destination.off(EventName<Void>.finish, finishId) }
        }

        destination.emitReporting(.pipe, source)
        if destination.writableNeedDrain {
            pauseSource()
        } else if state.flowing != true {
            resume()
        }
        return destination
    }

    /// Stops piping into `destination`, or into every destination when nil (Node's
    /// `unpipe([dest])`); the stream pauses once it pipes nowhere, and each destination
    /// emits `unpipe`.
    @discardableResult
    public func unpipe(_ destination: Stream? = nil) -> Self {
        owner.check("Readable.unpipe")
        guard !pipes.isEmpty else { return self }
        let removed: [PipeDestination]
        if let destination {
            guard let index = pipes.firstIndex(where: { $0.stream === destination }) else { return self }
            removed = [pipes.remove(at: index)]
        } else {
            removed = pipes
            pipes = []
        }
        if pipes.isEmpty { pause() }
        for pipe in removed { pipe.stream.emitReporting(.unpipe, self) }
        return self
    }
}
