/// Node's `stream.Writable`: a destination that takes chunks through ``WritableStream/write(_:_:)``
/// and hands them, one at a time, to its implementation.
///
/// Make one with closures, as `new Writable({ write(chunk, encoding, callback) {} })` does, or
/// subclass it and override `_write(_:encoding:callback:)`:
///
/// ```swift
/// let sink = Writable<Buffer>(write: { stream, chunk, encoding, callback in
///     console.log("got", chunk)
///     callback(nil)
/// })
/// sink.write("hello")
/// sink.end { _ in console.log("done") }
/// ```
///
/// A `Writable<Buffer>` takes bytes (strings are encoded, and `_write` sees the encoding
/// `"buffer"`); a `Writable<String>` takes strings as they are (Node's `decodeStrings: false`);
/// any other chunk type is in object mode.
open class Writable<Chunk>: Stream, WritableStream {
    /// The closure form of `_write(_:encoding:callback:)`.
    public typealias WriteFunction = (Writable<Chunk>, Chunk, String, @escaping Callback) throws -> Void
    /// The closure form of `_writev(_:callback:)`: the chunks with their encoding names.
    public typealias WritevFunction = (Writable<Chunk>, [(chunk: Chunk, encoding: String)], @escaping Callback) throws -> Void
    /// The closure form of `_final(callback:)`.
    public typealias FinalFunction = (Writable<Chunk>, @escaping Callback) throws -> Void
    /// The closure form of `_destroy`.
    public typealias DestroyFunction = (Writable<Chunk>, (any Error)?, @escaping Callback) throws -> Void

    /// The writable machinery; not for use outside NodeLoop.
    public let _writableCore: WritableCore<Chunk>
    private var writeImplementation: WriteFunction?
    private var writevImplementation: WritevFunction?
    private var finalImplementation: FinalFunction?

    /// A writable stream.
    ///
    /// - Parameters:
    ///   - highWaterMark: the buffered amount at which `write` starts returning false: bytes, or
    ///     chunks in object mode (Node 20's defaults: 16 KiB, 16 objects).
    ///   - objectMode: count chunks instead of bytes; always on for chunk types other than
    ///     `Buffer` and `String`.
    ///   - emitClose: emit `close` after destroying (default true).
    ///   - autoDestroy: destroy the stream after `finish` or an error (default true).
    ///   - write: the implementation of `_write(_:encoding:callback:)`.
    ///   - writev: the implementation of `_writev(_:callback:)`; without it, buffered chunks
    ///     are written one at a time.
    ///   - final: the implementation of `_final(callback:)`.
    ///   - destroy: the implementation of `_destroy`.
    public init(
        highWaterMark: Int? = nil,
        objectMode: Bool = false,
        emitClose: Bool = true,
        autoDestroy: Bool = true,
        write: WriteFunction? = nil,
        writev: WritevFunction? = nil,
        final: FinalFunction? = nil,
        destroy: DestroyFunction? = nil
    ) {
        writeImplementation = write
        writevImplementation = writev
        finalImplementation = final
        _writableCore = WritableCore(objectMode: objectMode, highWaterMark: highWaterMark)
        super.init(emitClose: emitClose, autoDestroy: autoDestroy, destroy: destroy.map { body in
            // `_destroy` is only ever called on this stream itself, so the cast holds.
            { stream, error, callback in try body(stream as! Writable<Chunk>, error, callback) }
        })
        _writableCore.attach(
            to: self,
            write: { [unowned self] chunk, encoding, callback in try _write(chunk, encoding: encoding, callback: callback) },
            writev: hasWritev ? { [unowned self] chunks, callback in try _writev(chunks, callback: callback) } : nil,
            final: hasFinal ? { [unowned self] callback in try _final(callback: callback) } : nil
        )
    }

    /// Handles one chunk, then calls `callback` with nil or an error, now or later (Node's
    /// `_write(chunk, encoding, callback)`). `encoding` is `"buffer"` for bytes, else the
    /// string's encoding name. The default calls the `write:` closure, or throws Node's
    /// `ERR_METHOD_NOT_IMPLEMENTED`.
    open func _write(_ chunk: Chunk, encoding: String, callback: @escaping Callback) throws {
        guard let writeImplementation else { throw NodeError.methodNotImplemented("_write()") }
        try writeImplementation(self, chunk, encoding, callback)
    }

    /// Handles several buffered chunks at once (Node's `_writev`). Used only when
    /// ``hasWritev`` is true: pass `writev:`, or override both in a subclass.
    open func _writev(_ chunks: [(chunk: Chunk, encoding: String)], callback: @escaping Callback) throws {
        guard let writevImplementation else { throw NodeError.methodNotImplemented("_writev()") }
        try writevImplementation(self, chunks, callback)
    }

    /// Whether the stream has a `_writev(_:callback:)` (Node checks whether `_writev` is set).
    open var hasWritev: Bool { writevImplementation != nil }

    /// Runs after the last write and before `finish`, then calls `callback` (Node's `_final`).
    /// Used only when ``hasFinal`` is true: pass `final:`, or override both in a subclass.
    open func _final(callback: @escaping Callback) throws {
        guard let finalImplementation else { return callback(nil) }
        try finalImplementation(self, callback)
    }

    /// Whether the stream has a `_final(callback:)` (Node checks whether `_final` is set: a
    /// stream without one emits `prefinish` as soon as its writes are done, and `finish` waits
    /// for their callbacks). True when `final:` was given; a subclass that overrides `_final`
    /// overrides this to return true.
    open var hasFinal: Bool { finalImplementation != nil }

    override var writableHooks: (any WritableSideHooks)? { _writableCore }

    override func releaseCallbacks() {
        writeImplementation = nil
        writevImplementation = nil
        finalImplementation = nil
        super.releaseCallbacks()
    }
}
