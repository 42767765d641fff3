// How a readable side moves data, as Node's lib/internal/streams/readable.js orders it
// ---------------------------------------------------------------------------------------
// `push(chunk)` either hands the chunk straight to the `data` listeners (flowing, buffer empty,
// and not inside the `_read` that `read()` called) or buffers it, and then queues one tick that
// asks `_read` for more while the buffer is below the high-water mark (`maybeReadMore`).
// `read(n)` takes from the buffer, calls `_read` when the buffer is low, and emits `data` with
// what it took. A flowing stream loops `read()` until it returns nil (`flow`). `readable` goes
// out on a tick (`emitReadable`) when data arrives for a paused consumer or the end is reached.
// `end` goes out on a tick once `push(null)` has been called and every chunk has been consumed,
// and then (autoDestroy) the stream destroys itself, which emits `close` a tick later.

/// Node's `stream.Readable`: a source of chunks that are pushed in by its implementation and
/// read out in flowing mode (`data` events) or paused mode (`readable` + `read()`).
///
/// Make one with a closure, as `new Readable({ read() {} })` does, or subclass it and override
/// `_read(size:)`, as `class X extends Readable` does:
///
/// ```swift
/// let letters = Readable<Buffer>(read: { stream, _ in
///     stream.push("abc")
///     stream.push(nil)           // push(null): the end
/// })
/// letters.on(.data) { chunk in console.log(chunk) }   // chunk: Buffer
/// letters.on(.end) { console.log("end") }
/// ```
///
/// The chunk type says what the stream carries: `Buffer` (bytes, counted in bytes against
/// `highWaterMark`), `String` (decoded text: what `setEncoding` gives in Node) or any other type
/// (object mode: each chunk counts as one). A `Buffer` or `String` stream made with
/// `objectMode: true` counts chunks too.
open class Readable<Chunk>: Stream {
    /// The closure form of `_read(size:)`: the stream and the suggested size.
    public typealias ReadFunction = (Readable<Chunk>, Int) throws -> Void
    /// The closure form of `_destroy`: the stream, the error it is destroyed with, and the
    /// callback to call once its resources are released.
    public typealias DestroyFunction = (Readable<Chunk>, (any Error)?, @escaping Callback) throws -> Void

    // Loop-confined, and no mutation of it calls out: no runtime exclusivity check (every data
    // event reads and writes it several times; see docs/performance.md).
    @exclusivity(unchecked) var state: ReadableState<Chunk>
    private var readImplementation: ReadFunction?
    /// The encoding of a `String` stream's chunks (Node's `readableEncoding`); nil means UTF-8
    /// text as pushed, and is always nil for other chunk types.
    public private(set) var readableEncoding: BufferEncoding?
    /// Where this stream pipes to (see `Readable+Pipe.swift`).
    var pipes: [PipeDestination] = []

    /// A readable stream.
    ///
    /// - Parameters:
    ///   - highWaterMark: the buffered amount below which `_read` is asked for more: bytes, or
    ///     chunks in object mode (Node 20's defaults: 16 KiB, 16 objects).
    ///   - objectMode: count chunks instead of bytes; always on for chunk types other than
    ///     `Buffer` and `String`.
    ///   - emitClose: emit `close` after destroying (default true).
    ///   - autoDestroy: destroy the stream after `end` or an error (default true).
    ///   - read: the implementation of `_read(size:)`, when not subclassing.
    ///   - destroy: the implementation of `_destroy`, when not subclassing.
    public init(
        highWaterMark: Int? = nil,
        objectMode: Bool = false,
        emitClose: Bool = true,
        autoDestroy: Bool = true,
        read: ReadFunction? = nil,
        destroy: DestroyFunction? = nil
    ) {
        state = ReadableState(measure: ChunkMeasure(objectMode: objectMode), highWaterMark: highWaterMark)
        readImplementation = read
        super.init(emitClose: emitClose, autoDestroy: autoDestroy, destroy: destroy.map { body in
            // `_destroy` is only ever called on this stream itself, so the cast holds.
            { stream, error, callback in try body(stream as! Readable<Chunk>, error, callback) }
        })
    }

    // MARK: The implementation's side

    /// Asks the implementation for data; it answers with ``push(_:)``, now or later (Node's
    /// `_read(size)`). Override it in a subclass, or pass `read:` when making the stream; the
    /// default throws Node's `ERR_METHOD_NOT_IMPLEMENTED`, which destroys the stream.
    open func _read(size: Int) throws {
        guard let readImplementation else { throw NodeError.methodNotImplemented("_read()") }
        try readImplementation(self, size)
    }

    /// Adds a chunk to the stream, or ends it with nil (Node's `push(chunk)` and
    /// `push(null)`). Returns whether the stream wants more now: false once it has ended or its
    /// buffer has reached `highWaterMark`.
    ///
    /// Pushing after the end destroys the stream with `ERR_STREAM_PUSH_AFTER_EOF`; pushing to a
    /// destroyed stream does nothing and returns false.
    @discardableResult
    public func push(_ chunk: Chunk?) -> Bool {
        owner.check("Readable.push")
        return addChunk(chunk, atFront: false)
    }

    /// Puts a chunk back at the front of the buffer, to be read first (Node's `unshift`).
    /// After `end` it destroys the stream with `ERR_STREAM_UNSHIFT_AFTER_END_EVENT`.
    public func unshift(_ chunk: Chunk) {
        owner.check("Readable.unshift")
        addChunk(chunk, atFront: true)
    }

    /// Turns a pushed string into the stream's chunk encoding (a `String` stream whose
    /// encoding is not UTF-8); nil for every other stream.
    var convertPushedText: ((Chunk) -> Chunk)?

    @discardableResult
    private func addChunk(_ chunk: Chunk?, atFront: Bool) -> Bool {
        guard var chunk else {
            state.reading = false
            reachedEnd()
            return state.wantsMore
        }
        if let convert = convertPushedText { chunk = convert(chunk) }
        if state.objectMode || state.measure.size(chunk) > 0 {
            if atFront && state.endEmitted {
                errorOrDestroy(NodeError.streamUnshiftAfterEndEvent, sync: false)
            } else if !atFront && state.ended {
                errorOrDestroy(NodeError.streamPushAfterEOF, sync: false)
            } else if destroyed || errored != nil {
                return false
            } else {
                if !atFront { state.reading = false }
                deliver(chunk, atFront: atFront)
            }
        } else if !atFront {
            state.reading = false
            maybeReadMore()
        }
        return state.wantsMore
    }

    /// Emits a chunk at once when a flowing consumer waits with nothing buffered and the push
    /// is not inside `read()`'s own `_read` call; buffers it otherwise.
    private func deliver(_ chunk: Chunk, atFront: Bool) {
        if state.flowing == true && state.isEmpty && !state.sync && listenerCount(EventName<Chunk>.data) > 0 {
            state.awaitDrainWriters.removeAll()
            state.dataEmitted = true
            emitReporting(EventName<Chunk>.data, chunk)
        } else {
            state.enqueue(chunk, atFront: atFront)
            if state.needReadable { emitReadable() }
        }
        maybeReadMore()
    }

    /// `push(null)`: marks the end and lets a paused consumer see it through `readable`.
    private func reachedEnd() {
        guard !state.ended else { return }
        state.markEnded()
        if state.sync {
            emitReadable()
        } else {
            state.needReadable = false
            state.emittedReadable = true
            emitReadableNow()
        }
    }

    // MARK: `readable` and reading ahead

    private func emitReadable() {
        state.needReadable = false
        guard !state.emittedReadable else { return }
        state.emittedReadable = true
        process.nextTick { [self] in emitReadableNow() }
    }

    private func emitReadableNow() {
        if !destroyed && errored == nil && (!state.isEmpty || state.ended) {
            emitReporting(.readable)
            state.emittedReadable = false
        }
        state.needReadable = state.flowing != true && !state.ended && state.length <= state.highWaterMark
        flow()
    }

    /// Queues one tick that fills the buffer up to the high-water mark.
    func maybeReadMore() {
        guard !state.readingMore else { return }
        state.readingMore = true
        process.nextTick { [self] in
            while !state.reading && !state.ended
                && (state.length < state.highWaterMark || (state.flowing == true && state.isEmpty)) {
                let before = state.length
                read(0)
                if before == state.length { break }
            }
            state.readingMore = false
        }
    }

    // MARK: The consumer's side

    /// Takes data from the buffer (Node's `read([size])`): `size` bytes (or what is left at the
    /// end), or with no size everything buffered (one chunk when flowing, one object in object
    /// mode). Returns nil when not enough is buffered; it then asks `_read` for more and
    /// `readable` tells when to try again. What it returns is also emitted as `data`.
    @discardableResult
    public func read(_ size: Int? = nil) -> Chunk? {
        owner.check("Readable.read")
        if let size, size > state.highWaterMark { state.highWaterMark = Self.raisedHighWaterMark(size) }
        if size != 0 { state.emittedReadable = false }
        if size == 0 && state.needReadable
            && ((state.highWaterMark != 0 ? state.length >= state.highWaterMark : state.length > 0) || state.ended) {
            if state.isEmpty && state.ended { endReadable() } else { emitReadable() }
            return nil
        }
        var amount = state.amountToRead(size)
        if amount == 0 && state.ended {
            if state.isEmpty { endReadable() }
            return nil
        }
        var callRead = state.needReadable
        if state.isEmpty || state.length - amount < state.highWaterMark { callRead = true }
        if state.ended || state.reading || destroyed || errored != nil || !lifecycle.constructed {
            callRead = false
        } else if callRead {
            state.reading = true
            state.sync = true
            if state.isEmpty { state.needReadable = true }
            do { try _read(size: state.highWaterMark) } catch { errorOrDestroy(error, sync: false) }
            state.sync = false
            if !state.reading { amount = state.amountToRead(size) }
        }
        let chunk = amount > 0 ? state.take(amount) : nil
        if chunk == nil {
            state.needReadable = state.length <= state.highWaterMark
            amount = 0
        } else {
            state.awaitDrainWriters.removeAll()
        }
        if state.isEmpty {
            if !state.ended { state.needReadable = true }
            // A read that asked for something else than it got has drained an ended stream.
            if size != amount && state.ended { endReadable() }
        }
        if let chunk, !lifecycle.errorEmitted, !lifecycle.closeEmitted {
            state.dataEmitted = true
            emitReporting(EventName<Chunk>.data, chunk)
        }
        return chunk
    }

    /// Node raises the high-water mark to the next power of two above a larger `read(n)`.
    private static func raisedHighWaterMark(_ size: Int) -> Int {
        var mark = 1
        while mark < size { mark <<= 1 }
        return Swift.min(mark, 1 << 30)
    }

    /// Switches to flowing mode (Node's `resume()`): on a later tick the buffered chunks are
    /// emitted as `data`, `resume` is emitted, and reading goes on while there is a consumer.
    @discardableResult
    public func resume() -> Self {
        owner.check("Readable.resume()")
        if state.flowing != true {
            state.flowing = !state.readableListening
            if !state.resumeScheduled {
                state.resumeScheduled = true
                process.nextTick { [self] in resumeNow() }
            }
        }
        state.paused = false
        return self
    }

    private func resumeNow() {
        if !state.reading { read(0) }
        state.resumeScheduled = false
        emitReporting(.resume)
        flow()
        if state.flowing == true && !state.reading { read(0) }
    }

    /// Stops flowing mode (Node's `pause()`): `data` stops until ``resume()``; emits `pause`.
    @discardableResult
    public func pause() -> Self {
        owner.check("Readable.pause()")
        if state.flowing != false {
            state.flowing = false
            emitReporting(.pause)
        }
        state.paused = true
        return self
    }

    /// Whether ``pause()`` stopped the stream (Node's `isPaused()`).
    public func isPaused() -> Bool {
        owner.check("Readable.isPaused()")
        return state.paused == true || state.flowing == false
    }

    private func flow() {
        while state.flowing == true && read() != nil {}
    }

    // MARK: The end

    private func endReadable() {
        guard !state.endEmitted else { return }
        process.nextTick { [self] in
            guard state.mayEmitEnd(errored: errored != nil, closeEmitted: lifecycle.closeEmitted) else { return }
            state.markEndEmitted()
            emitReporting(.end)
            readableDidEnd()
        }
    }

    /// After `end`: a stream that destroys itself does so now, unless its writable side is
    /// still open (a ``Duplex`` overrides this for `allowHalfOpen`).
    func readableDidEnd() {
        guard lifecycle.autoDestroy, writableProgress.map({ $0.isFinished }) ?? true else { return }
        destroy()
    }

    // MARK: Listening

    override func listenerAdded(named name: String) {
        if name == EventName<Chunk>.data.name {
            state.readableListening = listenerCount(.readable) > 0
            if state.flowing != false { resume() }
        } else if name == EventName<Void>.readable.name, !state.endEmitted, !state.readableListening {
            state.readableListening = true
            state.needReadable = true
            state.flowing = false
            state.emittedReadable = false
            if !state.isEmpty {
                emitReadable()
            } else if !state.reading {
                process.nextTick { [self] in read(0) }
            }
        }
    }

    /// Adds a `data` (or other chunk-typed) listener whose argument is this stream's `Chunk`.
    @discardableResult
    public func on(_ event: EventName<Chunk>, _ listener: @escaping (Chunk) throws -> Void) -> ListenerID {
        super.on(event, listener)
    }

    /// Adds a one-time `data` listener whose argument is this stream's `Chunk`.
    @discardableResult
    public func once(_ event: EventName<Chunk>, _ listener: @escaping (Chunk) throws -> Void) -> ListenerID {
        super.once(event, listener)
    }

    // MARK: State

    /// Whether reading is still possible: not destroyed, not errored, `end` not emitted
    /// (Node's `readable.readable`).
    public var readable: Bool { !destroyed && !lifecycle.errorEmitted && !state.endEmitted }
    /// nil until consumed, then whether the stream is flowing (Node's `readableFlowing`).
    public var readableFlowing: Bool? { state.flowing }
    /// The buffered amount: bytes, or chunks in object mode (Node's `readableLength`).
    public var readableLength: Int { state.length }
    /// Node's `readableHighWaterMark`.
    public var readableHighWaterMark: Int { state.highWaterMark }
    /// Node's `readableObjectMode`.
    public var readableObjectMode: Bool { state.objectMode }
    /// Whether `end` has been emitted (Node's `readableEnded`).
    public var readableEnded: Bool { state.endEmitted }
    /// Whether `data` has been emitted (Node's `readableDidRead`).
    public var readableDidRead: Bool { state.dataEmitted }

    override var readableProgress: SideProgress? {
        guard state.isEnabled else { return nil }
        return SideProgress(
            isOpen: readable, isFinished: state.endEmitted, isEnding: state.ended,
            isDrainedAfterEnd: state.endEmitted || (state.ended && state.isEmpty)
        )
    }

    /// Leaves the stream without a readable side (Node's `readable: false` option of a
    /// ``Duplex``): it is ended from the start, emits no `end`, and `finished` and `pipeline`
    /// see a writable stream only. Call it right after making the stream.
    func disableReadableSide() {
        state.disable()
    }

    override func releaseCallbacks() {
        readImplementation = nil
        state.discardBuffered()
        super.releaseCallbacks()
    }

    /// Records the encoding `setEncoding` chose and re-encodes what is buffered.
    func changeEncoding(to encoding: BufferEncoding, recode: @escaping (Chunk, BufferEncoding) -> Chunk) {
        let previous = readableEncoding ?? .utf8
        readableEncoding = encoding
        state.rewriteBuffered { recode($0, previous) }
        convertPushedText = encoding == .utf8 ? nil : { recode($0, .utf8) }
    }
}

extension Readable where Chunk == Buffer {
    /// Pushes a string as its UTF-8 bytes (Node's `push('text')` on a byte stream).
    @discardableResult
    public func push(_ text: String) -> Bool {
        push(Buffer(Array(text.utf8)))
    }

    /// Pushes a string encoded with `encoding` (Node's `push(string, encoding)`).
    ///
    /// - Throws: Node's `ERR_UNKNOWN_ENCODING` for an encoding Node does not know.
    @discardableResult
    public func push(_ text: String, _ encoding: BufferEncoding) throws -> Bool {
        push(try Buffer.from(text, encoding))
    }

    /// Puts a string's UTF-8 bytes back at the front of the buffer (Node's `unshift('text')`).
    public func unshift(_ text: String) {
        unshift(Buffer(Array(text.utf8)))
    }
}
