/// Node's `stream.Duplex`: a stream with a readable side (``Readable``, carrying `Output`) and a
/// writable side (``WritableStream``, taking `Input`) that share one life: one `destroy`, one
/// `error`, one `close`.
///
/// ```swift
/// let echo = Duplex<Buffer, Buffer>(
///     read: { _, _ in },
///     write: { stream, chunk, _, callback in stream.push(chunk); callback(nil) }
/// )
/// ```
///
/// With `allowHalfOpen: false`, the end of the readable side ends the writable side. The stream
/// destroys itself (autoDestroy) once both sides are done.
open class Duplex<Input, Output>: Readable<Output>, WritableStream {
    /// The closure form of `_write(_:encoding:callback:)`.
    public typealias WriteFunction = (Duplex<Input, Output>, Input, String, @escaping Callback) throws -> Void
    /// The closure form of `_final(callback:)`.
    public typealias FinalFunction = (Duplex<Input, Output>, @escaping Callback) throws -> Void

    /// The writable machinery; not for use outside NodeLoop.
    public let _writableCore: WritableCore<Input>
    /// Whether the writable side stays open after the readable side ends (Node's
    /// `allowHalfOpen`, default true).
    public let allowHalfOpen: Bool
    private var writeImplementation: WriteFunction?
    private var finalImplementation: FinalFunction?

    /// A duplex stream.
    ///
    /// - Parameters:
    ///   - highWaterMark: both sides' high-water mark, unless one is given for a side.
    ///   - readableHighWaterMark: the readable side's high-water mark.
    ///   - writableHighWaterMark: the writable side's high-water mark.
    ///   - objectMode: both sides count chunks (always on for chunk types other than `Buffer`
    ///     and `String`).
    ///   - allowHalfOpen: keep the writable side open after the readable side ends.
    ///   - emitClose: emit `close` after destroying (default true).
    ///   - autoDestroy: destroy the stream once both sides are done or after an error (default
    ///     true).
    ///   - read: the implementation of `_read(size:)`.
    ///   - write: the implementation of `_write(_:encoding:callback:)`.
    ///   - final: the implementation of `_final(callback:)`.
    ///   - destroy: the implementation of `_destroy`.
    public init(
        highWaterMark: Int? = nil,
        readableHighWaterMark: Int? = nil,
        writableHighWaterMark: Int? = nil,
        objectMode: Bool = false,
        allowHalfOpen: Bool = true,
        emitClose: Bool = true,
        autoDestroy: Bool = true,
        read: ReadFunction? = nil,
        write: WriteFunction? = nil,
        final: FinalFunction? = nil,
        destroy: DestroyFunction? = nil
    ) {
        _writableCore = WritableCore(objectMode: objectMode, highWaterMark: writableHighWaterMark ?? highWaterMark)
        self.allowHalfOpen = allowHalfOpen
        writeImplementation = write
        finalImplementation = final
        super.init(
            highWaterMark: readableHighWaterMark ?? highWaterMark, objectMode: objectMode,
            emitClose: emitClose, autoDestroy: autoDestroy, read: read, destroy: destroy
        )
        _writableCore.attach(
            to: self,
            write: { [unowned self] chunk, encoding, callback in try _write(chunk, encoding: encoding, callback: callback) },
            writev: nil,
            final: hasFinal ? { [unowned self] callback in try _final(callback: callback) } : nil
        )
    }

    /// Handles one written chunk, then calls `callback` (Node's `_write`); the default calls
    /// the `write:` closure, or throws Node's `ERR_METHOD_NOT_IMPLEMENTED`.
    open func _write(_ chunk: Input, encoding: String, callback: @escaping Callback) throws {
        guard let writeImplementation else { throw NodeError.methodNotImplemented("_write()") }
        try writeImplementation(self, chunk, encoding, callback)
    }

    /// Runs after the last write and before `finish` (Node's `_final`). Used only when
    /// ``hasFinal`` is true: pass `final:`, or override both in a subclass.
    open func _final(callback: @escaping Callback) throws {
        guard let finalImplementation else { return callback(nil) }
        try finalImplementation(self, callback)
    }

    /// Whether the stream has a `_final(callback:)` (Node checks whether `_final` is set: a
    /// stream without one emits `prefinish` as soon as its writes are done, and `finish` waits
    /// for their callbacks). True when `final:` was given; a subclass that overrides `_final`
    /// overrides this to return true.
    open var hasFinal: Bool { finalImplementation != nil }

    override func readableDidEnd() {
        guard !allowHalfOpen, writable else { return super.readableDidEnd() }
        process.nextTick { [self] in
            if writable && !writableEnded && !destroyed { end() }
        }
    }

    override var writableHooks: (any WritableSideHooks)? { _writableCore }

    override func releaseCallbacks() {
        writeImplementation = nil
        finalImplementation = nil
        super.releaseCallbacks()
    }
}
