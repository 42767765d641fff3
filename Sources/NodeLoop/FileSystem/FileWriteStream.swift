// How a write stream runs
// -----------------------
// The stream opens its file as soon as it is made, as Node's does, and queues writes meanwhile.
// One write request is in flight at a time: the chunk at the head of the queue, written again
// from where it stopped until all of it is written (a write may take fewer bytes), then the
// next. `end()` waits for the queue to empty, then closes the file. The first failure (the
// open, a write, a write after `end()`) destroys the stream: every queued write and a pending
// `end()` reject with it, and the file is closed once no request uses it any more.
//
//   opening ──open──▶ idle ◀──chunk written──▶ writing
//                      │ queue empty and end() called
//                      ▼
//                   closing ──closed──▶ finished
//   any failure ──▶ destroyed(error)

/// A file written chunk by chunk, in order: what Node's `fs.createWriteStream(path)` gives,
/// with promises in place of callbacks and events.
///
/// Each ``write(_:)`` returns a promise that fulfils once its chunk is in the file. A writer
/// that awaits each write keeps one chunk in memory at a time: that is the back-pressure Node
/// signals with `write()` returning `false` and a later `'drain'` event. Writes made without
/// waiting are queued and performed in order, one at a time. ``end()`` fulfils once every
/// chunk is written and the file is closed.
///
/// ```swift
/// Promise { () async throws in
///     let out = try fs.createWriteStream("numbers.txt")
///     for n in 1...1_000 {
///         try await out.write("\(n)\n").value
///     }
///     try await out.end().value
/// }
/// ```
///
/// Errors have Node's shapes and reach the promises Node's callbacks would get: a failed open
/// (`ENOENT: no such file or directory, open 'x'`, or a bad flag or mode) rejects every write
/// and `end()`; a failed write rejects itself, every write queued after it and `end()`. Then
/// the stream is destroyed: a later write rejects with `ERR_STREAM_DESTROYED`. A write after
/// `end()` rejects with `ERR_STREAM_WRITE_AFTER_END` and destroys the stream, as in Node. A
/// failure nobody awaits is an unhandled rejection, as an unheard `'error'` event is fatal in
/// Node.
public final class FileWriteStream {
    private enum Phase {
        case opening
        case idle
        case writing
        case closing
        case finished
        case destroyed(NodeError)
    }

    /// A chunk waiting to be written, or being written: its bytes and how many are written.
    private struct PendingWrite {
        let bytes: FileSystemBytes
        var written = 0
        let resolve: PromiseResolver<Void>
        let reject: PromiseRejecter
    }

    private let loop: EventLoop
    private var phase = Phase.opening
    private var fd: Int32?
    /// Chunks after the one being written, in order.
    private var queue = RingBuffer<PendingWrite>()
    private var current: PendingWrite?
    private var ending: (promise: Promise<Void>, resolve: PromiseResolver<Void>, reject: PromiseRejecter)?
    /// `end()` has been called (Node's `state.ending`): every later write is an error.
    private var isEnded = false

    init(path: String, flags: OpenFlags, mode: FileMode) {
        loop = EventLoop.current
        let opening: FileSystemCall<Int32>
        do {
            opening = try FileSystemCalls.open(path, flags, mode)
        } catch {
            // Node reports a bad flag or mode through the stream, not at the call.
            let failure = NodeError(wrapping: error)
            loop.immediates.enqueue(Immediate(loop: loop) { [self] in destroy(failure) })
            return
        }
        opening.start(loop) { [self] result in
            switch result {
            case .success(let fd): opened(fd)
            case .failure(let error): destroy(error)
            }
        }
    }

    /// Queues `chunk` for writing; the promise fulfils once all of it is in the file.
    ///
    /// The bytes are copied at the call.
    @discardableResult
    public func write(_ chunk: Buffer) -> Promise<Void> {
        loop.owner.check("FileWriteStream.write")
        let (promise, resolve, reject) = Promise<Void>.withResolvers()
        // As in Node, a write after `end()` is an error even once the stream is destroyed.
        if isEnded {
            reject(FileWriteStream.writeAfterEndError)
            destroy(FileWriteStream.writeAfterEndError)
            return promise
        }
        if case .destroyed = phase {
            reject(FileWriteStream.destroyedError("write"))
            return promise
        }
        queue.append(PendingWrite(bytes: FileSystemBytes(copying: chunk.bytes[...]), resolve: resolve, reject: reject))
        writeNext()
        return promise
    }

    /// Queues `text` in `encoding` for writing (Node's `stream.write(string, encoding)`).
    ///
    /// An encoding Node does not know rejects with `TypeError [ERR_UNKNOWN_ENCODING]: Unknown
    /// encoding: bogus` and leaves the stream as it was (Node throws that at the call).
    @discardableResult
    public func write(_ text: String, encoding: BufferEncoding = .utf8) -> Promise<Void> {
        do {
            return write(try Buffer.from(text, encoding))
        } catch {
            return Promise.reject(error)
        }
    }

    /// Writes what is queued, closes the file and fulfils (Node's `stream.end()`, its callback
    /// and the `'close'` that follows). Calling it again before the stream has finished gives
    /// the same promise.
    ///
    /// Rejects with the stream's failure, or with `ERR_STREAM_DESTROYED` after one, and with
    /// `ERR_STREAM_ALREADY_FINISHED` once the stream has finished, as Node does.
    @discardableResult
    public func end() -> Promise<Void> {
        loop.owner.check("FileWriteStream.end")
        switch phase {
        case .destroyed:
            return Promise.reject(FileWriteStream.destroyedError("end"))
        case .finished:
            return Promise.reject(NodeError("Cannot call end after a stream was finished", code: "ERR_STREAM_ALREADY_FINISHED"))
        case .opening, .idle, .writing, .closing:
            if let ending { return ending.promise }
            let (promise, resolve, reject) = Promise<Void>.withResolvers()
            ending = (promise, resolve, reject)
            isEnded = true
            writeNext()
            return promise
        }
    }

    deinit {
        // Dropped before `end()`: close the file rather than leak its descriptor.
        if let fd { try? FileSystemCalls.close(fd).start(loop) { _ in } }
    }

    // MARK: - Steps

    private func opened(_ fd: Int32) {
        self.fd = fd
        if case .destroyed = phase {
            closeQuietly()
            return
        }
        phase = .idle
        writeNext()
    }

    /// Starts the next write, or the close once every write is done and `end()` was called;
    /// does nothing while a request is in flight.
    private func writeNext() {
        guard case .idle = phase, let fd else { return }
        if current == nil { current = queue.popFirst() }
        guard let chunk = current else {
            if ending != nil { close(fd) }
            return
        }
        phase = .writing
        let operation = FileSystemCalls.writeOperation(
            fd, from: chunk.bytes.base + chunk.written, length: Swift.min(chunk.bytes.count - chunk.written, FileSystemCalls.ioMaxLength),
            position: -1, keeping: chunk.bytes
        )
        FileSystemCall(operation).start(loop) { [self] result in
            if case .destroyed = phase {
                closeQuietly()
                return
            }
            switch result {
            case .failure(let error):
                destroy(error)
            case .success(let written):
                phase = .idle
                if var chunk = current {
                    chunk.written += written
                    if chunk.written >= chunk.bytes.count {
                        current = nil
                        chunk.resolve(())
                    } else {
                        current = chunk
                    }
                }
                writeNext()
            }
        }
    }

    private func close(_ fd: Int32) {
        phase = .closing
        self.fd = nil
        guard let closing = try? FileSystemCalls.close(fd) else { return }
        closing.start(loop) { [self] result in
            if case .destroyed = phase { return }
            switch result {
            case .success:
                phase = .finished
                ending?.resolve(())
                ending = nil
            case .failure(let error):
                destroy(error)
            }
        }
    }

    /// Fails the stream: the write in progress, every queued write and `end()` reject with
    /// `error`, and the file is closed unless a request still uses it (that request's
    /// completion closes it).
    ///
    /// The rejections come in a promise job, as Node calls those callbacks on a later tick: a
    /// write after `end()` rejects before the writes it fails.
    private func destroy(_ error: NodeError) {
        switch phase {
        case .destroyed, .finished: return
        case .opening, .idle, .writing, .closing: break
        }
        let inFlight: Bool
        if case .idle = phase { inFlight = false } else { inFlight = true }
        phase = .destroyed(error)
        var failed: [PromiseRejecter] = []
        if let current { failed.append(current.reject) }
        current = nil
        while let pending = queue.popFirst() { failed.append(pending.reject) }
        if let ending { failed.append(ending.reject) }
        ending = nil
        loop.enqueuePromiseJob {
            for reject in failed { reject(error) }
        }
        if !inFlight { closeQuietly() }
    }

    private func closeQuietly() {
        guard let fd else { return }
        self.fd = nil
        try? FileSystemCalls.close(fd).start(loop) { _ in }
    }

    private static let writeAfterEndError = NodeError("write after end", code: "ERR_STREAM_WRITE_AFTER_END")

    private static func destroyedError(_ method: String) -> NodeError {
        NodeError("Cannot call \(method) after a stream was destroyed", code: "ERR_STREAM_DESTROYED")
    }
}

@available(*, unavailable, message: "a FileWriteStream belongs to the loop that made it")
extension FileWriteStream: Sendable {}

extension FileSystem {
    /// A stream that writes chunks, in order, to the file at `path` (Node's
    /// `fs.createWriteStream(path, { flags, mode })`); see ``FileWriteStream``.
    ///
    /// The file opens at once (created or truncated with the default `"w"`); a failure to open,
    /// or a bad `flags` or `mode`, reaches the first write and `end()`, as Node reports it
    /// through the stream rather than at the call.
    ///
    /// - Throws: Node's `ERR_INVALID_ARG_VALUE` for a NUL byte in `path`.
    public func createWriteStream(_ path: String, flags: OpenFlags = "w", mode: FileMode = 0o666) throws -> FileWriteStream {
        try FileSystemCalls.checkPath(path)
        return FileWriteStream(path: path, flags: flags, mode: mode)
    }
}
