/// Node's `stream.Transform`: a ``Duplex`` whose output is computed from its input, chunk by
/// chunk, by `_transform(_:encoding:callback:)`, and finished by `_flush(callback:)` after
/// the last input.
///
/// ```swift
/// let upper = Transform<String, String>(transform: { _, chunk, _, callback in
///     callback(nil, chunk.uppercased())
/// })
/// ```
///
/// A chunk's output is pushed to the readable side; the next input waits while the readable
/// side is full (its buffer grew and reached the high-water mark), until it is read.
open class Transform<Input, Output>: Duplex<Input, Output> {
    /// What `_transform(_:encoding:callback:)` and `_flush(callback:)` call when done: an
    /// error, or an output to push (nil for none).
    public typealias TransformCallback = (_ error: (any Error)?, _ output: Output?) -> Void
    /// The closure form of `_transform(_:encoding:callback:)`.
    public typealias TransformFunction = (Transform<Input, Output>, Input, String, @escaping TransformCallback) throws -> Void
    /// The closure form of `_flush(callback:)`.
    public typealias FlushFunction = (Transform<Input, Output>, @escaping TransformCallback) throws -> Void

    private var transformImplementation: TransformFunction?
    private var flushImplementation: FlushFunction?
    /// The callback of a write whose output filled the readable side: called by the next read.
    private var waitingWrite: Callback?

    /// A transform stream.
    ///
    /// - Parameters:
    ///   - highWaterMark: both sides' high-water mark, unless one is given for a side.
    ///   - readableHighWaterMark: the readable side's high-water mark.
    ///   - writableHighWaterMark: the writable side's high-water mark.
    ///   - objectMode: both sides count chunks.
    ///   - allowHalfOpen: keep the writable side open after the readable side ends.
    ///   - emitClose: emit `close` after destroying (default true).
    ///   - autoDestroy: destroy the stream once both sides are done or after an error (default
    ///     true).
    ///   - transform: the implementation of `_transform(_:encoding:callback:)`.
    ///   - flush: the implementation of `_flush(callback:)`.
    ///   - destroy: the implementation of `_destroy`.
    public init(
        highWaterMark: Int? = nil,
        readableHighWaterMark: Int? = nil,
        writableHighWaterMark: Int? = nil,
        objectMode: Bool = false,
        allowHalfOpen: Bool = true,
        emitClose: Bool = true,
        autoDestroy: Bool = true,
        transform: TransformFunction? = nil,
        flush: FlushFunction? = nil,
        destroy: DestroyFunction? = nil
    ) {
        transformImplementation = transform
        flushImplementation = flush
        super.init(
            highWaterMark: highWaterMark, readableHighWaterMark: readableHighWaterMark,
            writableHighWaterMark: writableHighWaterMark, objectMode: objectMode, allowHalfOpen: allowHalfOpen,
            emitClose: emitClose, autoDestroy: autoDestroy, destroy: destroy
        )
        // Output pushed by a transform is never inside `read()`'s own `_read` call.
        state.sync = false
    }

    /// Computes the output of one chunk and calls `callback(error, output)` (Node's
    /// `_transform`). The default calls the `transform:` closure, or throws Node's
    /// `ERR_METHOD_NOT_IMPLEMENTED`. It may also ``Readable/push(_:)`` several outputs itself.
    open func _transform(_ chunk: Input, encoding: String, callback: @escaping TransformCallback) throws {
        guard let transformImplementation else { throw NodeError.methodNotImplemented("_transform()") }
        try transformImplementation(self, chunk, encoding, callback)
    }

    /// Pushes what is left after the last chunk, then calls `callback(error, output)` (Node's
    /// `_flush`). The default calls the `flush:` closure, or calls back at once.
    open func _flush(callback: @escaping TransformCallback) throws {
        guard let flushImplementation else { return callback(nil, nil) }
        try flushImplementation(self, callback)
    }

    override public func _write(_ chunk: Input, encoding: String, callback: @escaping Callback) throws {
        let lengthBefore = state.length
        try _transform(chunk, encoding: encoding) { [self] error, output in
            if let error { return callback(error) }
            if let output { push(output) }
            if _writableCore.state.ended || lengthBefore == state.length || state.length < state.highWaterMark {
                callback(nil)
            } else {
                waitingWrite = callback
            }
        }
    }

    override public func _read(size: Int) throws {
        guard let waitingWrite else { return }
        self.waitingWrite = nil
        waitingWrite(nil)
    }

    /// A transform always has a final step: it flushes and ends the readable side.
    override public var hasFinal: Bool { true }

    override public func _final(callback: @escaping Callback) throws {
        guard !destroyed else {
            push(nil)
            return callback(nil)
        }
        try _flush { [self] error, output in
            if let error { return callback(error) }
            if let output { push(output) }
            push(nil)
            callback(nil)
        }
    }

    override func releaseCallbacks() {
        transformImplementation = nil
        flushImplementation = nil
        waitingWrite = nil
        super.releaseCallbacks()
    }
}

/// Node's `stream.PassThrough`: a ``Transform`` that outputs each chunk as it was written.
///
/// ```swift
/// let pass = PassThrough<Buffer>()
/// pass.end("hello")
/// pass.on(.data) { chunk in console.log(chunk) }
/// ```
public final class PassThrough<Chunk>: Transform<Chunk, Chunk> {
    /// A pass-through stream; the parameters are those of ``Duplex``.
    public init(highWaterMark: Int? = nil, objectMode: Bool = false, allowHalfOpen: Bool = true) {
        super.init(highWaterMark: highWaterMark, objectMode: objectMode, allowHalfOpen: allowHalfOpen)
    }

    override public func _transform(_ chunk: Chunk, encoding: String, callback: @escaping TransformCallback) throws {
        callback(nil, chunk)
    }
}
