// `stream.pipeline`: streams piped in order, with one callback for the whole, as Node's
// lib/internal/streams/pipeline.js does it. Each pair is piped with `end: false` and the
// destination ended when the source ends; each stream is watched with `finished`. The first
// error (or a premature close) destroys every stream not done yet; the callback runs on a tick
// once every watch has reported, with the first error, or nil.

/// Node's `stream` module, for its functions: `stream.pipeline`, `stream.finished` and, under
/// `stream.promises`, their promise forms. The classes are ``Readable``, ``Writable``,
/// ``Duplex``, ``Transform`` and ``PassThrough``.
public let stream = StreamModule()

/// The type of ``stream``.
public struct StreamModule: Sendable {
    /// Node's `stream/promises`.
    public var promises: StreamPromises { StreamPromises() }

    /// Pipes `source` into `destination` and calls `callback` once both are done, with the first
    /// error (after destroying both) or nil (Node's `stream.pipeline(source, destination, cb)`).
    /// Returns `destination`.
    @discardableResult
    public func pipeline<Chunk, Destination: WritableStream<Chunk>>(
        _ source: Readable<Chunk>, _ destination: Destination, _ callback: @escaping Stream.Callback
    ) -> Destination {
        runPipeline([source, destination], links: [{ source.pipe(destination, end: false) }], callback)
        return destination
    }

    /// Pipes `source` through `transform` into `destination` (Node's `stream.pipeline`, three
    /// streams); see ``pipeline(_:_:_:)``.
    @discardableResult
    public func pipeline<A, B, Destination: WritableStream<B>>(
        _ source: Readable<A>, _ transform: Duplex<A, B>, _ destination: Destination,
        _ callback: @escaping Stream.Callback
    ) -> Destination {
        runPipeline(
            [source, transform, destination],
            links: [{ source.pipe(transform, end: false) }, { transform.pipe(destination, end: false) }],
            callback
        )
        return destination
    }

    /// Pipes `source` through two transforms into `destination` (Node's `stream.pipeline`, four
    /// streams); see ``pipeline(_:_:_:)``.
    @discardableResult
    public func pipeline<A, B, C, Destination: WritableStream<C>>(
        _ source: Readable<A>, _ first: Duplex<A, B>, _ second: Duplex<B, C>, _ destination: Destination,
        _ callback: @escaping Stream.Callback
    ) -> Destination {
        runPipeline(
            [source, first, second, destination],
            links: [
                { source.pipe(first, end: false) }, { first.pipe(second, end: false) },
                { second.pipe(destination, end: false) },
            ],
            callback
        )
        return destination
    }

    /// The pipeline of `streams`, where `links[i]` pipes `streams[i]` into `streams[i + 1]`.
    private func runPipeline(_ streams: [Stream], links: [() -> Void], _ callback: @escaping Stream.Callback) {
        var firstError: (any Error)?
        var destroyers: [((any Error)?) -> Void] = []
        var remaining = 0
        var lastCleanups: [() -> Void] = []

        func report(_ error: (any Error)?, isLast: Bool) {
            if let error, firstError == nil || (firstError as? NodeError)?.code == "ERR_STREAM_PREMATURE_CLOSE" {
                firstError = error
            }
            guard firstError != nil || isLast else { return }
            let pending = destroyers
            destroyers = []
            for destroy in pending { destroy(firstError) }
            guard isLast else { return }
            if firstError == nil { for cleanup in lastCleanups { cleanup() } }
            let error = firstError
            process.nextTick { callback(error) }
        }
        func finish(_ error: (any Error)?) {
            remaining -= 1
            report(error, isLast: remaining == 0)
        }

        for (index, stream) in streams.enumerated() {
            let reading = index < streams.count - 1
            let writing = index > 0
            let isLast = index == streams.count - 1
            destroyers.append(destroyer(for: stream, reading: reading, writing: writing, lastCleanups: &lastCleanups, isLast: isLast))
            let errorId = stream.on(EventName<any Error>.error) { error in
                let code = (error as? NodeError)?.code
                if error.name != "AbortError" && code != "ERR_STREAM_PREMATURE_CLOSE" { finish(error) }
            }
            if isLast && stream.readableProgress != nil {
                lastCleanups.append { stream.off(EventName<any Error>.error, errorId) }
            }
            guard index > 0 else { continue }
            remaining += 2
            connect(streams[index - 1], stream, link: links[index - 1], finish)
        }
    }

    /// Watches a stream so that a failure elsewhere destroys it (unless it is already done).
    private func destroyer(
        for stream: Stream, reading: Bool, writing: Bool, lastCleanups: inout [() -> Void], isLast: Bool
    ) -> ((any Error)?) -> Void {
        var isDone = false
        stream.on(EventName<Void>.close) { isDone = true }
        let cleanup = finished(stream, readable: reading, writable: writing) { error in isDone = error == nil }
        if isLast && stream.readableProgress != nil { lastCleanups.append(cleanup) }
        return { error in
            guard !isDone else { return }
            isDone = true
            guard !stream.destroyed else { return }
            stream.destroy(error ?? NodeError.streamDestroyed("pipe"))
        }
    }

    /// Pipes one pair: the destination is ended when the source ends, and each side's end (or
    /// failure) is reported to `finish` once.
    private func connect(_ source: Stream, _ destination: Stream, link: () -> Void, _ finish: @escaping Stream.Callback) {
        var ended = false
        destination.on(EventName<Void>.close) {
            if !ended { finish(NodeError.streamPrematureClose) }
        }
        link()
        let endDestination = {
            ended = true
            destination.endWritableSide()
        }
        if source.readableProgress?.isDrainedAfterEnd == true {
            process.nextTick(endDestination)
        } else {
            source.once(EventName<Void>.end, endDestination)
        }
        finished(source, readable: true, writable: false) { error in
            if let error = error as? NodeError, error.code == "ERR_STREAM_PREMATURE_CLOSE",
               source.readableProgress?.isFinished == false, source.errored == nil, !source.lifecycle.errorEmitted,
               source.readableProgress?.isEnding == true {
                source.once(EventName<Void>.end, endDestination)
                source.once(EventName<any Error>.error) { finish($0) }
            } else {
                finish(error)
            }
        }
        finished(destination, readable: false, writable: true, finish)
    }
}

/// Node's `stream/promises`: ``StreamModule/pipeline(_:_:_:)`` and
/// ``StreamModule/finished(_:readable:writable:error:_:)`` as promises.
public struct StreamPromises: Sendable {
    /// A promise fulfilled when `stream` is done, rejected with its error or
    /// `ERR_STREAM_PREMATURE_CLOSE` (Node's `stream/promises.finished`).
    public func finished(_ stream: Stream, readable: Bool? = nil, writable: Bool? = nil) -> Promise<Void> {
        Promise { resolve, reject in
            NodeLoop.stream.finished(stream, readable: readable, writable: writable) { error in
                if let error { reject(error) } else { resolve() }
            }
        }
    }

    /// The promise form of ``StreamModule/pipeline(_:_:_:)``.
    public func pipeline<Chunk, Destination: WritableStream<Chunk>>(
        _ source: Readable<Chunk>, _ destination: Destination
    ) -> Promise<Void> {
        settle { NodeLoop.stream.pipeline(source, destination, $0) }
    }

    /// The promise form of ``StreamModule/pipeline(_:_:_:_:)``.
    public func pipeline<A, B, Destination: WritableStream<B>>(
        _ source: Readable<A>, _ transform: Duplex<A, B>, _ destination: Destination
    ) -> Promise<Void> {
        settle { NodeLoop.stream.pipeline(source, transform, destination, $0) }
    }

    /// The promise form of ``StreamModule/pipeline(_:_:_:_:_:)``.
    public func pipeline<A, B, C, Destination: WritableStream<C>>(
        _ source: Readable<A>, _ first: Duplex<A, B>, _ second: Duplex<B, C>, _ destination: Destination
    ) -> Promise<Void> {
        settle { NodeLoop.stream.pipeline(source, first, second, destination, $0) }
    }

    private func settle(_ start: (@escaping Stream.Callback) -> Void) -> Promise<Void> {
        Promise { resolve, reject in
            start { error in
                if let error { reject(error) } else { resolve() }
            }
        }
    }
}
