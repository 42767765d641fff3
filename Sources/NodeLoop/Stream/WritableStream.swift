/// A stream that can be written: ``Writable``, ``Duplex``, ``Transform`` and ``PassThrough``.
/// It gives them Node's writable methods (`write`, `end`, `cork`, `uncork`) and properties,
/// through one implementation, and is what ``Readable/pipe(_:end:)`` and `pipeline` take.
public protocol WritableStream<Input>: Stream {
    /// The chunk type that `write` takes.
    associatedtype Input
    /// The writable machinery; not for use outside NodeLoop.
    var _writableCore: WritableCore<Input> { get }
}

extension WritableStream {
    /// Writes a chunk (Node's `write(chunk[, callback])`). Returns false once the buffered amount
    /// has reached `highWaterMark`: wait for `drain` before writing more. `callback` runs when the
    /// chunk has been handled, with nil or the error.
    ///
    /// Writing after `end()` fails with `ERR_STREAM_WRITE_AFTER_END`, and after `destroy()`
    /// with `ERR_STREAM_DESTROYED`: the callback gets the error on a later tick, and the first
    /// case also emits `error` and destroys the stream.
    @discardableResult
    public func write(_ chunk: Input, _ callback: Stream.Callback? = nil) -> Bool {
        owner.check("Writable.write")
        return _writableCore.write(chunk, encoding: encodingName(of: chunk), callback: callback)
    }

    /// Ends the stream (Node's `end([chunk][, callback])`): writes `chunk` if given, then
    /// `finish` comes once every write has completed; `callback` runs just before `finish` (or
    /// with the error that stopped it).
    @discardableResult
    public func end(_ chunk: Input? = nil, _ callback: Stream.Callback? = nil) -> Self {
        owner.check("Writable.end")
        var writeFailed = false
        if let chunk {
            writeFailed = !_writableCore.write(chunk, encoding: encodingName(of: chunk), callback: nil)
                && (_writableCore.state.ending || destroyed)
        }
        _writableCore.end(writeFailed: writeFailed, callback: callback)
        return self
    }

    /// Ends the stream, calling `callback` at `finish` (Node's `end(callback)`).
    @discardableResult
    public func end(_ callback: @escaping Stream.Callback) -> Self {
        end(nil, callback)
    }

    /// Holds the writes in the buffer until ``uncork()`` (Node's `cork()`), so that they reach
    /// `_writev` together.
    public func cork() {
        owner.check("Writable.cork()")
        _writableCore.cork()
    }

    /// Undoes one ``cork()``; the last one writes what was held (Node's `uncork()`).
    public func uncork() {
        owner.check("Writable.uncork()")
        _writableCore.uncork()
    }

    /// Sets the encoding of the strings written to a byte stream (Node's `setDefaultEncoding`).
    @discardableResult
    public func setDefaultEncoding(_ encoding: BufferEncoding) throws -> Self {
        owner.check("Writable.setDefaultEncoding")
        _ = try Buffer.from("", encoding)
        _writableCore.state.defaultEncoding = encoding
        return self
    }

    /// The machinery, for ``Stream``'s hooks, which reach it through `any WritableStream`.
    var writableSide: any WritableSideHooks { _writableCore }

    /// Ends the stream, for `pipeline`.
    func endWritable() {
        end()
    }

    /// The encoding name `_write` sees: `"buffer"` for bytes, else the default encoding.
    func encodingName(of chunk: Input) -> String {
        if !_writableCore.state.objectMode && chunk is Buffer { return "buffer" }
        return _writableCore.state.defaultEncoding.name
    }

    /// Whether writing is still possible (Node's `writable`).
    public var writable: Bool { _writableCore.isOpen }
    /// Whether `end()` has been called (Node's `writableEnded`).
    public var writableEnded: Bool { _writableCore.state.ending }
    /// Whether `finish` has been emitted (Node's `writableFinished`).
    public var writableFinished: Bool { _writableCore.state.finished }
    /// Written and not yet completed: bytes, or chunks in object mode (Node's `writableLength`).
    public var writableLength: Int { _writableCore.state.length }
    /// Node's `writableHighWaterMark`.
    public var writableHighWaterMark: Int { _writableCore.state.highWaterMark }
    /// Node's `writableObjectMode`.
    public var writableObjectMode: Bool { _writableCore.state.objectMode }
    /// How many ``cork()`` calls wait for ``uncork()`` (Node's `writableCorked`).
    public var writableCorked: Int { _writableCore.state.corked }
    /// Whether `write` has returned false and `drain` has not come yet (Node's
    /// `writableNeedDrain`).
    public var writableNeedDrain: Bool { _writableCore.state.needDrain && !destroyed && !_writableCore.state.ending }
}

extension WritableStream where Input == Buffer {
    /// Writes a string as bytes in `encoding` (Node's `write(string[, encoding][, callback])`);
    /// `_write` gets a `Buffer` with the encoding name `"buffer"`.
    @discardableResult
    public func write(_ text: String, _ encoding: BufferEncoding? = nil, _ callback: Stream.Callback? = nil) -> Bool {
        write(encode(text, encoding), callback)
    }

    /// Ends the stream after writing a string as bytes (Node's `end(string[, encoding][, cb])`).
    @discardableResult
    public func end(_ text: String, _ encoding: BufferEncoding? = nil, _ callback: Stream.Callback? = nil) -> Self {
        end(encode(text, encoding), callback)
    }

    private func encode(_ text: String, _ encoding: BufferEncoding?) -> Buffer {
        let encoding = encoding ?? _writableCore.state.defaultEncoding
        // An encoding Node does not know is refused by `setDefaultEncoding`; a bad one given
        // here falls back to UTF-8 rather than crash.
        return (try? Buffer.from(text, encoding)) ?? Buffer(Array(text.utf8))
    }
}
