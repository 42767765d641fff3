// How a write stream runs, as Node's lib/internal/fs/streams.js runs it
// -----------------------------------------------------------------------
// `_construct` opens the file (see `FileStreamDescriptor`); writes made meanwhile wait in the
// stream's buffer, as corked writes do, and go to `_writev` together once it is open. Each
// `_write` (one chunk) or `_writev` (all the waiting chunks) is written in full before it calls
// back: a write that takes fewer bytes is made again for the rest, at the stream's position
// (`start`, then onwards) or, without `start`, at the descriptor's own. After `finish` the
// stream destroys itself (`autoClose`), and `_destroy` closes the file (after an `fsync` with
// `flush`) once the write in flight, if any, is done; `close` follows.
//
//   made ─tick─▶ open ─▶ 'open', 'ready' ─▶ waiting writes ─▶ _writev ─▶ fs.write … ─▶ callbacks
//   write ─▶ _write ─▶ fs.write until every byte is written ─▶ callback ─▶ 'drain' when due
//   end() ─▶ last write done ─▶ 'finish' ─▶ close ─▶ 'close'

/// Node's `fs.WriteStream`: a file written as a ``Writable`` stream of ``Buffer``s, made by
/// `fs.createWriteStream`.
///
/// Write it as any writable stream: `write` returns false once `highWaterMark` bytes wait, and
/// `drain` tells when to go on; `end()` finishes it and closes the file.
///
/// ```swift
/// let out = try fs.createWriteStream("numbers.txt")
/// for n in 1...1_000 {
///     if !out.write("\(n)\n") { try await EventEmitter.once(out, .drain).value }
/// }
/// try await stream.promises.finished(out.end()).value
/// ```
///
/// Events, in Node's order: `open` (the descriptor), `ready`, `drain` when due, `finish`,
/// `close`; or `error` (`ENOENT` from `open`, `EBADF` from `write`, …) then `close`. A write's
/// callback gets the error that failed it.
public final class WriteStream: Writable<Buffer> {
    /// The file's path (Node's `path`); nil for a stream made on a descriptor.
    public let path: String?
    /// How many bytes have been written to the file (Node's `bytesWritten`).
    public private(set) var bytesWritten = 0
    /// Whether the file is synced to its storage before it is closed (Node's `flush` option).
    public let flush: Bool
    private let file: FileStreamDescriptor
    /// Where the next write starts (Node's `pos`): nil to write at the descriptor's position.
    private var position: Int64?

    init(
        path: String?, file: FileStreamDescriptor, start: Int64?, flush: Bool, highWaterMark: Int,
        emitClose: Bool, autoClose: Bool
    ) {
        self.path = path
        self.file = file
        self.flush = flush
        position = start
        super.init(highWaterMark: highWaterMark, emitClose: emitClose, autoDestroy: autoClose)
    }

    /// The descriptor while the file is open (Node's `fd`); nil before it opens and after it
    /// closes.
    public var fd: Int32? { file.fd }
    /// Whether the file is not open: before `open`, and again once closed (Node's `pending`).
    public var pending: Bool { file.fd == nil }
    /// Whether the stream closes its file after `finish` or an error (Node's `autoClose`).
    public var autoClose: Bool { lifecycle.autoDestroy }

    /// Ends the stream, which closes its file once every write is done (Node's
    /// `close([callback])`); `callback` runs at `close` (at once, on the next tick, when the
    /// stream has already closed). With `autoClose` off, the stream is destroyed at `finish`.
    ///
    /// - Parameter callback: called when the stream emits `close`, always with nil.
    public func close(_ callback: Callback? = nil) {
        owner.check("WriteStream.close")
        if let callback {
            if closed {
                process.nextTick { callback(nil) }
                return
            }
            on(EventName<Void>.close) { callback(nil) }
        }
        if !autoClose {
            on(.finish) { [weak self] in self?.destroy() }
        }
        end()
    }

    // MARK: Stream hooks

    override public var hasConstruct: Bool { true }

    /// Opens the file, then emits `open` and `ready` (nothing to open for a descriptor).
    override public func _construct(_ callback: @escaping Callback) throws {
        try file.open(announcingTo: self, callback)
    }

    /// Writes the chunk in full, then calls `callback`.
    override public func _write(_ chunk: Buffer, encoding: String, callback: @escaping Callback) throws {
        writeInFull(FileSystemBytes(copying: chunk.bytes[...]), callback)
    }

    override public var hasWritev: Bool { true }

    /// Writes the chunks that waited, together, in full, then calls `callback`.
    override public func _writev(_ chunks: [(chunk: Buffer, encoding: String)], callback: @escaping Callback) throws {
        writeInFull(FileSystemBytes(joining: chunks.map(\.chunk)), callback)
    }

    /// Closes the file (after an `fsync` with `flush`), after the write in flight.
    override public func _destroy(_ error: (any Error)?, _ callback: @escaping Callback) throws {
        file.close(error, flush: flush, callback)
    }

    // MARK: Writing

    /// One `_write` or `_writev`: every byte of `bytes`, at the stream's position, which moves
    /// on at once by their count.
    private func writeInFull(_ bytes: FileSystemBytes, _ callback: @escaping Callback) {
        let fd = file.beginIO()
        let start = position ?? -1
        position? += Int64(bytes.count)
        write(bytes, from: 0, to: fd, at: start, retries: 0) { [self] error in
            let waitingClose = file.endIO()
            callback(error)
            waitingClose?(error)
        }
    }

    /// Writes `bytes` from `offset` on, request after request until all are written (Node's
    /// `writeAll`). `EAGAIN` (a non-blocking descriptor that is full) counts as 0 bytes
    /// written; six requests in a row that write nothing fail.
    private func write(
        _ bytes: FileSystemBytes, from offset: Int, to fd: Int32, at position: Int64, retries: Int,
        _ done: @escaping (NodeError?) -> Void
    ) {
        let length = Swift.min(bytes.count - offset, FileSystemCalls.ioMaxLength)
        let request = FileSystemCalls.writeOperation(fd, from: bytes.base + offset, length: length, position: position, keeping: bytes)
        FileSystemCall(request).start(file.loop) { [self] result in
            var written = 0
            switch result {
            case .success(let count): written = count
            case .failure(let error) where error.code == "EAGAIN": break
            case .failure(let error): return done(error)
            }
            if destroyed { return done(.streamDestroyed("write")) }
            bytesWritten += written
            let retries = written > 0 ? 0 : retries + 1
            let next = offset + written
            if retries > 5 {
                done(.writeMadeNoProgress)
            } else if next < bytes.count {
                write(bytes, from: next, to: fd, at: position < 0 ? -1 : position + Int64(written), retries: retries, done)
            } else {
                done(nil)
            }
        }
    }
}

extension FileSystemBytes {
    /// The bytes of `buffers`, one after another, to write from.
    convenience init(joining buffers: [Buffer]) {
        self.init(count: buffers.reduce(0) { $0 + $1.count })
        var offset = 0
        for buffer in buffers {
            buffer.bytes.withUnsafeBufferPointer { source in
                if let source = source.baseAddress { (base + offset).update(from: source, count: buffer.count) }
            }
            offset += buffer.count
        }
    }
}

extension NodeError {
    /// What Node's write stream reports after six writes in a row that wrote nothing: Node
    /// builds its `SystemError` from a plain string there, so every field of the message reads
    /// `undefined`.
    static var writeMadeNoProgress: NodeError {
        NodeError(
            "A system error occurred: undefined returned undefined (undefined)",
            name: "SystemError", code: "ERR_SYSTEM_ERROR"
        )
    }
}

extension FileSystem {
    /// A writable stream into the file at `path` (Node's `fs.createWriteStream(path,
    /// options)`); see ``WriteStream``.
    ///
    /// The file opens on the next tick, as Node's stream opens it in `_construct`; writes made
    /// meanwhile wait, and are written together once it is open. A failure to open the file
    /// (or a bad `flags` or `mode`) is the stream's `error` event, and the callback of every
    /// waiting write gets it.
    ///
    /// ```swift
    /// let log = try fs.createWriteStream("app.log", flags: "a")
    /// log.write("started\n")
    /// log.end { _ in console.log("written") }
    /// ```
    ///
    /// - Parameters:
    ///   - path: the file to write; ignored (and may be nil) when `fd` is given.
    ///   - flags: how to open the file: `"w"` (the default) creates or empties it, `"a"`
    ///     appends to it, `"r+"` writes over an existing file.
    ///   - encoding: the encoding of written strings (Node's `setDefaultEncoding`; default
    ///     UTF-8).
    ///   - fd: a descriptor to write to instead of opening `path`; no `open` event follows.
    ///   - mode: the permissions of a file that `flags` creates.
    ///   - autoClose: destroy the stream after `finish` or an error, closing the file (default
    ///     true).
    ///   - emitClose: emit `close` once the file is closed (default true).
    ///   - start: where the first write goes, the next ones following it; nil writes at the
    ///     descriptor's position (the end, for `"a"`).
    ///   - flush: `fsync` the file before closing it.
    ///   - highWaterMark: how many waiting bytes make `write` return false (default 16 KiB).
    /// - Throws: Node's argument errors, at the call: `ERR_INVALID_ARG_VALUE` for an encoding
    ///   Node does not know, a NUL byte in `path` or a negative `highWaterMark`;
    ///   `ERR_INVALID_ARG_TYPE` for a nil `path` without `fd`; `ERR_OUT_OF_RANGE` for a
    ///   negative `fd` or a `start` outside 0...2^53 - 1.
    public func createWriteStream(
        _ path: String?, flags: OpenFlags = "w", encoding: BufferEncoding = .utf8, fd: Int32? = nil,
        mode: FileMode = 0o666, autoClose: Bool = true, emitClose: Bool = true, start: Int64? = nil,
        flush: Bool = false, highWaterMark: Int = 16_384
    ) throws -> WriteStream {
        _ = try encoding.validatedForFileSystem()
        try FileSystemCalls.checkStreamFile(path, fd: fd)
        try FileSystemCalls.checkStreamPosition(start, "start")
        try FileSystemCalls.checkHighWaterMark(highWaterMark)
        let file = FileStreamDescriptor(path: path, flags: flags, mode: mode, fd: fd, autoClose: autoClose)
        let stream = WriteStream(
            path: fd == nil ? path : nil, file: file, start: start, flush: flush, highWaterMark: highWaterMark,
            emitClose: emitClose, autoClose: autoClose
        )
        if !encoding.name.isEmpty { try stream.setDefaultEncoding(encoding) }
        return stream
    }
}
