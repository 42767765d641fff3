// How a read stream runs, as Node's lib/internal/fs/streams.js runs it
// ----------------------------------------------------------------------
// `_construct` opens the file (see `FileStreamDescriptor`), then `open` and `ready` go out.
// Each `_read(size)` is one `fs.read` of `size` bytes (the high-water mark: 64 KiB unless told),
// cut at `end`, on the thread pool; the bytes read are pushed, and a read of 0 bytes ends the
// stream. After `end` the stream destroys itself (`autoClose`), and `_destroy` closes the file
// once the read in flight, if any, is done; `close` follows.
//
//   made ─tick─▶ open ─▶ 'open', 'ready' ─▶ _read ─▶ fs.read ─▶ push(bytes) ─▶ 'data'
//                                              ▲                     │
//                                              └──── wants more ─────┘
//                                          0 bytes ─▶ push(nil) ─▶ 'end' ─▶ close ─▶ 'close'

/// Node's `fs.ReadStream`: a file read as a ``Readable`` stream, made by
/// `fs.createReadStream`. `Chunk` is ``Buffer``, or `String` when the stream was made with an
/// encoding.
///
/// ```swift
/// let input = try fs.createReadStream("big.log", highWaterMark: 16_384)
/// input.on(.open) { fd in console.log("opened", fd) }
/// input.on(.data) { chunk in console.log(chunk.length) }     // 16384, 16384, ...
/// input.on(.close) { console.log("closed") }
/// ```
///
/// Everything a ``Readable`` does, it does: `pipe`, `pause`/`resume`, `read()`, and `for try
/// await chunk in stream` (leaving the loop early destroys the stream, which closes the file).
/// Events, in Node's order: `open` (the descriptor), `ready`, `data`…, `end`, `close`; or
/// `error` (`ENOENT` from `open`, `EISDIR` from `read`, …) then `close`.
public final class ReadStream<Chunk>: Readable<Chunk> {
    /// The file's path (Node's `path`); nil for a stream made on a descriptor.
    public let path: String?
    /// How many bytes have been read from the file (Node's `bytesRead`).
    public private(set) var bytesRead = 0
    private let file: FileStreamDescriptor
    /// Where the next read starts (Node's `pos`): nil to read on from the current position.
    private var position: Int64?
    /// The last byte to read, included (Node's `end`); nil reads to the end of the file.
    private let last: Int64?
    /// Turns the bytes read into text, for a `ReadStream<String>`; nil for bytes.
    private var decoder: TextChunkDecoder?

    init(
        path: String?, file: FileStreamDescriptor, start: Int64?, end: Int64?, highWaterMark: Int,
        emitClose: Bool, autoClose: Bool, encoding: (name: BufferEncoding, kind: BufferEncoding.Kind)?
    ) {
        self.path = path
        self.file = file
        position = start
        last = end
        decoder = encoding.map { TextChunkDecoder($0.kind) }
        super.init(highWaterMark: highWaterMark, emitClose: emitClose, autoDestroy: autoClose)
        // Only a `ReadStream<String>` has an encoding; its buffer is empty yet, so nothing is recoded.
        if let encoding { changeEncoding(to: encoding.name) { chunk, _ in chunk } }
    }

    /// The descriptor while the file is open (Node's `fd`); nil before it opens and after it
    /// closes.
    public var fd: Int32? { file.fd }
    /// Whether the file is not open: before `open`, and again once closed (Node's `pending`).
    public var pending: Bool { file.fd == nil }
    /// Whether the stream closes its file after `end` or an error (Node's `autoClose`).
    public var autoClose: Bool { lifecycle.autoDestroy }

    /// Destroys the stream, which closes its file (Node's `close([callback])`); `callback`
    /// runs once the stream is done, as `stream.finished` reports it: with
    /// `ERR_STREAM_PREMATURE_CLOSE` if it had not ended.
    ///
    /// - Parameter callback: called once the stream is done, with nil or the error.
    public func close(_ callback: Callback? = nil) {
        owner.check("ReadStream.close")
        if let callback { NodeLoop.stream.finished(self, callback) }
        destroy()
    }

    // MARK: Stream hooks

    override public var hasConstruct: Bool { true }

    /// Opens the file, then emits `open` and `ready` (nothing to open for a descriptor).
    override public func _construct(_ callback: @escaping Callback) throws {
        try file.open(announcingTo: self, callback)
    }

    /// Reads `size` bytes (fewer before `end`) at the stream's position, and pushes them.
    override public func _read(size: Int) throws {
        var length = Swift.min(size, FileSystemCalls.ioMaxLength)
        if let last {
            let next = position ?? Int64(bytesRead)
            length = Int(Swift.min(Int64(length), last - next + 1))
        }
        guard length > 0 else { return pushEnd() }
        let fd = file.beginIO()
        FileSystemCalls.readCall(fd, length: length, position: position ?? -1).start(file.loop) { [self] result in
            let waitingClose = file.endIO()
            if destroyed {
                if case .failure(let error) = result { waitingClose?(error) } else { waitingClose?(nil) }
                return
            }
            switch result {
            case .failure(let error):
                errorOrDestroy(error, sync: false)
            case .success(let bytes) where bytes.isEmpty:
                pushEnd()
            case .success(let bytes):
                position? += Int64(bytes.length)
                bytesRead += bytes.length
                push(chunk(of: bytes))
            }
        }
    }

    /// Closes the file, after the read in flight.
    override public func _destroy(_ error: (any Error)?, _ callback: @escaping Callback) throws {
        file.close(error, flush: false, callback)
    }

    /// `setEncoding` on a `ReadStream<String>`: the bytes read from now on are decoded in
    /// `encoding`; text is not recoded when pushed, since this stream decodes it itself.
    override func changeEncoding(to encoding: BufferEncoding, recode: @escaping (Chunk, BufferEncoding) -> Chunk) {
        super.changeEncoding(to: encoding, recode: recode)
        convertPushedText = nil
        if let kind = encoding.resolved() { decoder?.change(to: kind) }
    }

    // MARK: Chunks

    /// The chunk the bytes read make: the bytes, or their text for a `ReadStream<String>`.
    private func chunk(of bytes: Buffer) -> Chunk {
        // Only a `ReadStream<String>` has a decoder (see `createReadStream(_:flags:encoding:...)`),
        // and only a `ReadStream<Buffer>` has none, so the casts hold.
        if let text = decoder?.decode(bytes) { return text as! Chunk }
        return bytes as! Chunk
    }

    /// The end of the file: the text still held by the decoder, then the end of the stream.
    private func pushEnd() {
        if let rest = decoder?.end(), !rest.isEmpty {
            let text = rest as! Chunk
            push(text)
        }
        push(nil)
    }
}

extension FileSystem {
    /// The file at `path` as a readable stream of ``Buffer``s (Node's `fs.createReadStream(path,
    /// options)`); see ``ReadStream``.
    ///
    /// The file opens on the next tick, as Node's stream opens it in `_construct`; a failure to
    /// open it is the stream's `error` event, followed by `close`. Reading starts once the
    /// stream has a consumer (a `data` listener, `pipe`, `for try await`).
    ///
    /// ```swift
    /// let letters = try fs.createReadStream("letters.txt", start: 2, end: 4)
    /// letters.on(.data) { chunk in console.log(chunk) }   // <Buffer 63 64 65>
    /// ```
    ///
    /// - Parameters:
    ///   - path: the file to read; ignored (and may be nil) when `fd` is given.
    ///   - flags: how to open the file (default `"r"`).
    ///   - fd: a descriptor to read from instead of opening `path`; no `open` event follows.
    ///   - mode: the permissions of a file that `flags` creates.
    ///   - autoClose: destroy the stream after `end` or an error, closing the file (default
    ///     true); when false the descriptor stays open until ``ReadStream/close(_:)``.
    ///   - emitClose: emit `close` once the file is closed (default true).
    ///   - start: the first byte to read; nil reads on from the descriptor's current position.
    ///   - end: the last byte to read, included, as in Node; nil reads to the end of the file.
    ///   - highWaterMark: how many bytes each read asks for (default 64 KiB).
    /// - Throws: Node's argument errors, at the call: `ERR_INVALID_ARG_TYPE` for a nil `path`
    ///   without `fd`, `ERR_INVALID_ARG_VALUE` for a NUL byte in `path` or a negative
    ///   `highWaterMark`, `ERR_OUT_OF_RANGE` for a negative `fd`, for `start` or `end` outside
    ///   0...2^53 - 1, and for `start` after `end`. A bad `flags` or `mode` is the stream's
    ///   `error`, as in Node.
    public func createReadStream(
        _ path: String?, flags: OpenFlags = "r", fd: Int32? = nil, mode: FileMode = 0o666,
        autoClose: Bool = true, emitClose: Bool = true, start: Int64? = nil, end: Int64? = nil,
        highWaterMark: Int = 65_536
    ) throws -> ReadStream<Buffer> {
        try makeReadStream(
            path, flags: flags, encoding: nil, fd: fd, mode: mode, autoClose: autoClose, emitClose: emitClose,
            start: start, end: end, highWaterMark: highWaterMark
        )
    }

    /// The file at `path` as a readable stream of text decoded in `encoding` (Node's
    /// `fs.createReadStream(path, { encoding })`); see ``ReadStream``.
    ///
    /// Node's stream delivers strings when given an encoding; in Swift a stream's chunk type is
    /// fixed when it is made, so this form gives a `ReadStream<String>`. A character (or a
    /// base64 group of three bytes) cut in two by a read is held back until its other bytes
    /// arrive, as Node's decoder holds it.
    ///
    /// ```swift
    /// let text = try fs.createReadStream("notes.txt", encoding: .utf8)
    /// for try await piece in text { console.log(piece) }
    /// ```
    ///
    /// - Parameters:
    ///   - path: the file to read; ignored (and may be nil) when `fd` is given.
    ///   - flags: how to open the file (default `"r"`).
    ///   - encoding: the encoding of the text the stream gives (its `readableEncoding`).
    ///   - fd: a descriptor to read from instead of opening `path`; no `open` event follows.
    ///   - mode: the permissions of a file that `flags` creates.
    ///   - autoClose: destroy the stream after `end` or an error, closing the file (default
    ///     true).
    ///   - emitClose: emit `close` once the file is closed (default true).
    ///   - start: the first byte to read; nil reads on from the descriptor's current position.
    ///   - end: the last byte to read, included, as in Node; nil reads to the end of the file.
    ///   - highWaterMark: how many bytes each read asks for (default 64 KiB); the buffer counts
    ///     UTF-16 code units of text, as Node counts a string's length.
    /// - Throws: Node's `ERR_INVALID_ARG_VALUE` for an encoding Node does not know (checked
    ///   first, as Node does), then the errors of
    ///   ``createReadStream(_:flags:fd:mode:autoClose:emitClose:start:end:highWaterMark:)``.
    public func createReadStream(
        _ path: String?, flags: OpenFlags = "r", encoding: BufferEncoding, fd: Int32? = nil, mode: FileMode = 0o666,
        autoClose: Bool = true, emitClose: Bool = true, start: Int64? = nil, end: Int64? = nil,
        highWaterMark: Int = 65_536
    ) throws -> ReadStream<String> {
        try makeReadStream(
            path, flags: flags, encoding: encoding, fd: fd, mode: mode, autoClose: autoClose, emitClose: emitClose,
            start: start, end: end, highWaterMark: highWaterMark
        )
    }

    /// Both forms of `createReadStream`, checking the options in Node's order.
    private func makeReadStream<Chunk>(
        _ path: String?, flags: OpenFlags, encoding: BufferEncoding?, fd: Int32?, mode: FileMode,
        autoClose: Bool, emitClose: Bool, start: Int64?, end: Int64?, highWaterMark: Int
    ) throws -> ReadStream<Chunk> {
        let kind = try encoding?.validatedForFileSystem()
        try FileSystemCalls.checkStreamFile(path, fd: fd)
        try FileSystemCalls.checkStreamPosition(start, "start")
        try FileSystemCalls.checkStreamPosition(end, "end")
        if let start, let end, start > end {
            throw NodeError.outOfRange("start", mustBe: "<= \"end\" (here: \(end))", received: start)
        }
        try FileSystemCalls.checkHighWaterMark(highWaterMark)
        var text: (name: BufferEncoding, kind: BufferEncoding.Kind)?
        if let encoding, let kind { text = (encoding, kind) }
        let file = FileStreamDescriptor(path: path, flags: flags, mode: mode, fd: fd, autoClose: autoClose)
        return ReadStream(
            path: fd == nil ? path : nil, file: file, start: start, end: end, highWaterMark: highWaterMark,
            emitClose: emitClose, autoClose: autoClose, encoding: text
        )
    }
}
