// A readable stream as an `AsyncSequence` (Node's `for await (const chunk of readable)`), and
// `Readable.from` (a stream of a sequence's values).
//
// The iteration reads in paused mode: it listens to `readable`, takes what `read()` gives, and
// waits for the next `readable` (or for the stream to be done, watched by `finished`) when the
// buffer is empty. Leaving the loop early, or the iteration failing, destroys the stream, as
// Node's iterator does in its `finally`: with an `AbortError` when the stream had not ended.

extension Readable: AsyncSequence {
    /// A chunk of the stream.
    public typealias Element = Chunk

    /// Iterates the stream's chunks (Node's `readable[Symbol.asyncIterator]()`): the loop ends
    /// after the stream has ended and closed, throws the stream's error, and leaving it early
    /// destroys the stream. Iterate it on the stream's loop.
    ///
    /// ```swift
    /// for try await chunk in readable { console.log(chunk) }
    /// ```
    public func makeAsyncIterator() -> ReadableIterator<Chunk> {
        ReadableIterator(iteration: ReadableIteration(self))
    }
}

/// The iterator of a ``Readable``; see ``Readable/makeAsyncIterator()``.
public struct ReadableIterator<Chunk>: AsyncIteratorProtocol {
    let iteration: ReadableIteration<Chunk>

    /// The next chunk, nil once the stream is done, or the stream's error.
    public mutating func next() async throws -> Chunk? {
        try await iteration.next()
    }
}

/// The state of one iteration of a stream.
final class ReadableIteration<Chunk> {
    private enum Outcome {
        case ended
        case failed(any Error)
    }

    private let stream: Readable<Chunk>
    /// nil while the stream is not done (Node's `error === undefined`).
    private var outcome: Outcome?
    private var waiting: PromiseResolver<Void>?
    private var isOver = false
    private var readableListener: ListenerID?
    private var stopWatching: () -> Void = {}

    init(_ stream: Readable<Chunk>) {
        self.stream = stream
        readableListener = stream.on(.readable) { [weak self] in self?.wake() }
        stopWatching = NodeLoop.stream.finished(stream, writable: false) { [weak self] error in
            guard let self else { return }
            outcome = error.map { .failed($0) } ?? .ended
            wake()
        }
    }

    deinit {
        // The loop was left before the end (a `break`, a `return`, a throw in its body).
        if !isOver { destroyStream() }
    }

    func next() async throws -> Chunk? {
        while !isOver {
            if !stream.destroyed, let chunk = stream.read() { return chunk }
            switch outcome {
            case .failed(let error):
                over()
                throw error
            case .ended:
                over()
                return nil
            case nil:
                let (arrival, resolve, _) = Promise<Void>.withResolvers()
                waiting = resolve
                try await arrival.value
            }
        }
        return nil
    }

    private func wake() {
        guard let waiting else { return }
        self.waiting = nil
        waiting(())
    }

    /// Node's `finally`: a stream that destroys itself is destroyed (if it is not already);
    /// one that does not only loses the iteration's listeners.
    private func over() {
        isOver = true
        if outcome == nil || stream.lifecycle.autoDestroy {
            destroyStream()
        } else {
            if let readableListener { stream.off(EventName<Void>.readable, readableListener) }
            stopWatching()
        }
    }

    /// Node's `destroyer`: an unfinished stream is destroyed with an `AbortError`, which the
    /// iteration's own `error` listener takes.
    private func destroyStream() {
        isOver = true
        guard !stream.destroyed else { return }
        stream.destroy(stream.readableEnded ? nil : AbortError())
    }
}

@available(*, unavailable, message: "an iteration belongs to its stream's loop")
extension ReadableIteration: Sendable {}

extension Readable {
    /// A stream of `elements` (Node's `Readable.from(iterable)`): in object mode with a
    /// high-water mark of 1 unless told otherwise, ended after the last element.
    ///
    /// ```swift
    /// let numbers = Readable.from([1, 2, 3])
    /// ```
    public static func from<Elements: Sequence>(
        _ elements: Elements, objectMode: Bool = true, highWaterMark: Int? = 1
    ) -> Readable<Chunk> where Elements.Element == Chunk {
        var iterator = elements.makeIterator()
        var reading = false
        return Readable(highWaterMark: highWaterMark, objectMode: objectMode, read: { stream, _ in
            guard !reading else { return }
            reading = true
            while true {
                guard let element = iterator.next() else {
                    stream.push(nil)
                    return
                }
                if !stream.push(element) {
                    reading = false
                    return
                }
            }
        })
    }

    /// A stream of an async sequence's elements (Node's `Readable.from(asyncIterable)`); an
    /// error thrown by the sequence destroys the stream with it.
    public static func from<Elements: AsyncSequence>(
        _ elements: Elements, objectMode: Bool = true, highWaterMark: Int? = 1
    ) -> Readable<Chunk> where Elements.Element == Chunk {
        let source = LoopBound(AsyncElementSource(elements))
        return Readable(highWaterMark: highWaterMark, objectMode: objectMode, read: { stream, _ in
            source.value.pull(into: stream)
        })
    }
}

/// The elements of an async sequence, pulled into a stream one `_read` at a time, as Node's
/// `Readable.from` pulls an async iterator: elements are pushed while the stream wants more.
final class AsyncElementSource<Element> {
    private let next: () async throws -> Element?
    private var isPulling = false

    init<Elements: AsyncSequence>(_ elements: Elements) where Elements.Element == Element {
        let iterator = AsyncIteratorBox(elements.makeAsyncIterator())
        next = { try await iterator.next() }
    }

    func pull(into stream: Readable<Element>) {
        guard !isPulling else { return }
        isPulling = true
        let source = LoopBound(self)
        let target = LoopBound(stream)
        _ = Promise { () async in
            do {
                while true {
                    guard let element = try await source.value.next() else {
                        target.value.push(nil)
                        return
                    }
                    if !target.value.push(element) { break }
                }
            } catch {
                target.value.destroy(error)
            }
            source.value.isPulling = false
        }
    }
}

/// Holds an async iterator so that steps on the loop can advance it.
final class AsyncIteratorBox<Iterator: AsyncIteratorProtocol> {
    private var iterator: Iterator

    init(_ iterator: Iterator) {
        self.iterator = iterator
    }

    func next() async throws -> Iterator.Element? {
        try await iterator.next()
    }
}
