/// The state of a readable side, as Node's `ReadableState` keeps it: the buffered chunks and
/// the flags that decide when `_read` is called and when `data`, `readable` and `end` go out.
///
/// ```
///                 ┌──── pause() ────┐
///                 ▼                 │
///   initial ──▶ paused ──resume()──▶ flowing        (`flowing`: nil, false, true;
///   (nil)        ▲  'readable' listener              a 'data' listener resumes,
///                └──────────────────┘                a 'readable' listener pauses)
///
///   reading ──push(null)──▶ ended ──buffer empty──▶ end emitted ──autoDestroy──▶ destroyed
/// ```
///
/// Its methods are the events of the side (a chunk arrives, `read(n)` asks for data, `end` is
/// emitted); each returns what the stream must do, and the stream does it. A transition that
/// cannot happen stops with a precondition naming the state and the event.
struct ReadableState<Chunk> {
    let measure: ChunkMeasure<Chunk>
    /// Node's `highWaterMark`: below it, the stream asks `_read` for more.
    var highWaterMark: Int
    private var buffer = ChunkQueue<Chunk>()
    /// The buffered amount: bytes, UTF-16 units for strings, or chunks in object mode.
    private(set) var length = 0

    /// nil until the stream is consumed, then true (flowing) or false (paused).
    var flowing: Bool?
    /// Node's `kPaused`: nil until `pause()` or `resume()` is called.
    var paused: Bool?
    /// `push(null)` has been called.
    private(set) var ended = false
    /// `end` has been emitted.
    private(set) var endEmitted = false
    /// False for a stream made without a readable side (Node's `readable: false` option of a
    /// Duplex), which is ended from the start and emits no `end`.
    private(set) var isEnabled = true
    /// A `_read` call is waiting for its `push`.
    var reading = false
    /// The current `push` is made from inside `_read`, or the stream is still being made.
    var sync = true
    var needReadable = false
    var emittedReadable = false
    var readableListening = false
    var resumeScheduled = false
    var readingMore = false
    /// `data` has been emitted at least once (Node's `readableDidRead`).
    var dataEmitted = false
    /// The destinations a paused pipe waits on for `drain`.
    var awaitDrainWriters: Set<ObjectIdentifier> = []

    init(measure: ChunkMeasure<Chunk>, highWaterMark: Int?) {
        self.measure = measure
        self.highWaterMark = highWaterMark ?? defaultHighWaterMark(objectMode: measure.objectMode)
    }

    var objectMode: Bool { measure.objectMode }
    var isEmpty: Bool { length == 0 }
    /// The first buffered chunk's size (what a flowing `read()` takes).
    var firstChunkSize: Int { buffer.first.map(measure.size) ?? 0 }

    // MARK: Chunks in

    /// Buffers a chunk, at the back or (for `unshift`) the front.
    mutating func enqueue(_ chunk: Chunk, atFront: Bool) {
        length += measure.size(chunk)
        if atFront { buffer.prepend(chunk) } else { buffer.append(chunk) }
    }

    /// Node's `readable: false`: the side is ended, its `end` counted as emitted, before
    /// anything was pushed.
    mutating func disable() {
        precondition(!ended && isEmpty, "ReadableState: readable side disabled after it was used")
        isEnabled = false
        ended = true
        endEmitted = true
    }

    /// `push(null)`: no chunk will follow.
    mutating func markEnded() {
        precondition(!ended, "ReadableState: push(null) when already ended")
        ended = true
    }

    /// `push` returns whether more is welcome: not ended, and below the high-water mark.
    var wantsMore: Bool { !ended && (length < highWaterMark || length == 0) }

    // MARK: Chunks out

    /// How much `read(n)` may take now (Node's `howMuchToRead`); nil asks for everything.
    /// Always inlined: a call on the state a stream holds copied the whole state first (two
    /// reads of it per data event, about 540 instructions each; see docs/performance.md).
    @inline(__always)
    func amountToRead(_ requested: Int?) -> Int {
        if let requested, requested <= 0 { return 0 }
        if length == 0 && ended { return 0 }
        if objectMode { return 1 }
        guard let requested else {
            // A flowing stream hands out one chunk at a time; a paused one, all it has.
            if flowing == true && length > 0 { return firstChunkSize }
            return length
        }
        if requested <= length { return requested }
        return ended ? length : 0
    }

    /// Takes `count` units from the front of the buffer (Node's `fromList`), joining or
    /// splitting byte chunks as needed.
    mutating func take(_ count: Int) -> Chunk? {
        guard length > 0, count > 0 else { return nil }
        let taken: Chunk
        if objectMode {
            taken = buffer.removeFirst()
        } else if count >= length {
            taken = buffer.count == 1 ? buffer.removeFirst() : measure.join(buffer.removeAll())
        } else {
            var parts: [Chunk] = []
            var remaining = count
            while remaining > 0 {
                let first = buffer.removeFirst()
                let size = measure.size(first)
                if size <= remaining {
                    parts.append(first)
                    remaining -= size
                } else {
                    let (head, tail) = measure.split(first, remaining)
                    parts.append(head)
                    buffer.prepend(tail)
                    remaining = 0
                }
            }
            taken = parts.count == 1 ? parts[0] : measure.join(parts)
        }
        length -= objectMode ? 1 : count
        return taken
    }

    /// Every buffered chunk, re-encoded by `transform` (for `setEncoding` on buffered data).
    mutating func rewriteBuffered(_ transform: (Chunk) -> Chunk) {
        let chunks = buffer.removeAll().map(transform)
        length = 0
        for chunk in chunks { enqueue(chunk, atFront: false) }
    }

    /// Empties the buffer (a destroyed stream keeps nothing).
    mutating func discardBuffered() {
        _ = buffer.removeAll()
        length = 0
    }

    // MARK: The end

    /// Whether `end` may be emitted now (Node's `endReadableNT` conditions).
    func mayEmitEnd(errored: Bool, closeEmitted: Bool) -> Bool {
        !errored && !closeEmitted && !endEmitted && length == 0
    }

    mutating func markEndEmitted() {
        precondition(ended && !endEmitted && length == 0,
                     "ReadableState: end emitted with ended \(ended), endEmitted \(endEmitted), length \(length)")
        endEmitted = true
    }
}

/// A first-in first-out queue of chunks that can also put one back at the front.
struct ChunkQueue<Chunk> {
    private var storage: [Chunk?] = []
    private var head = 0

    var count: Int { storage.count - head }
    var first: Chunk? { head < storage.count ? storage[head] : nil }

    mutating func append(_ chunk: Chunk) {
        storage.append(chunk)
    }

    mutating func prepend(_ chunk: Chunk) {
        if head > 0 {
            head -= 1
            storage[head] = chunk
        } else {
            storage.insert(chunk, at: 0)
        }
    }

    mutating func removeFirst() -> Chunk {
        precondition(head < storage.count, "ChunkQueue: removeFirst on an empty queue")
        let chunk = storage[head].take()!
        head += 1
        if head == storage.count {
            storage.removeAll(keepingCapacity: true)
            head = 0
        } else if head >= 1024 && head * 2 >= storage.count {
            storage.removeFirst(head)
            head = 0
        }
        return chunk
    }

    mutating func removeAll() -> [Chunk] {
        let chunks = storage[head...].map { $0! }
        storage.removeAll(keepingCapacity: true)
        head = 0
        return chunks
    }
}
