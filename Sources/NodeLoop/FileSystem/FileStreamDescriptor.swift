// The file under a read or write stream, as Node's lib/internal/fs/streams.js keeps it
// ---------------------------------------------------------------------------------
// A file stream opens its file in `_construct` (unless it was given a descriptor), makes one
// read or write at a time on it, and closes it in `_destroy`. Node does not close a descriptor
// while a request on the thread pool uses it (the request could then act on a file opened
// later under the same number): a close asked for during a read or write waits for it.
//
//   unopened ──open──▶ idle(fd) ──beginIO──▶ busy(fd)
//      │                  │  ◀─────endIO───────  │
//      │ close            │ close                │ close: waits, runs at endIO
//      ▼                  ▼                      ▼
//    closed ◀──── fsync (with flush), close ◀────┘
//
// Node tests the descriptor with `!stream.fd`, so a stream on descriptor 0 never closes it;
// NodeLoop keeps that. A stream that is released with its file open and `autoClose` on closes
// the file, where Node's would leave it open until the process ends.

/// The descriptor of a ``ReadStream`` or ``WriteStream``: opening it, the one read or write in
/// flight, and closing it once that request is done.
final class FileStreamDescriptor {
    private enum State {
        /// Not open yet: the file to open in `_construct`.
        case unopened(path: String, flags: OpenFlags, mode: FileMode)
        case idle(Int32)
        /// A read or write is in flight on the descriptor.
        case busy(Int32)
        case closed
    }

    private var state: State
    /// The close that waits for the request in flight, with that request's error.
    private var closeAfterIO: (((any Error)?) -> Void)?
    /// The loop the stream belongs to, where its requests complete.
    let loop: EventLoop
    /// The stream's `autoClose`: whether the file is the stream's to close.
    private let closesWhenReleased: Bool

    /// A stream's file: the one at `path` to open with `flags` and `mode`, or, when `fd` is
    /// given, that descriptor (and nothing is opened).
    init(path: String?, flags: OpenFlags, mode: FileMode, fd: Int32?, autoClose: Bool) {
        if let fd {
            state = .idle(fd)
        } else {
            // The factories have checked that there is a path when there is no descriptor.
            state = .unopened(path: path ?? "", flags: flags, mode: mode)
        }
        loop = EventLoop.current
        closesWhenReleased = autoClose
    }

    deinit {
        guard closesWhenReleased, case .idle(let fd) = state, fd != 0 else { return }
        _ = try? FileSystemCalls.close(fd).runSync()
    }

    /// The descriptor while the file is open (Node's `stream.fd`); nil before it is open and
    /// after it is closed.
    var fd: Int32? {
        switch state {
        case .idle(let fd), .busy(let fd): fd
        case .unopened, .closed: nil
        }
    }

    // MARK: Opening

    /// A file stream's `_construct`: opens the file, calls `callback`, then emits `open` with the
    /// descriptor and `ready` on `stream`, in Node's order; with a descriptor given, only calls
    /// `callback`.
    ///
    /// - Throws: Node's error for a bad `flags` or `mode`, as `fs.open` throws it at the call.
    func open(announcingTo stream: Stream, _ callback: @escaping Stream.Callback) throws {
        guard case .unopened(let path, let flags, let mode) = state else { return callback(nil) }
        try FileSystemCalls.open(path, flags, mode).start(loop) { [self] result in
            switch result {
            case .failure(let error):
                callback(error)
            case .success(let fd):
                state = .idle(fd)
                callback(nil)
                stream.emitReporting(EventName<Int32>.open, fd)
                stream.emitReporting(.ready)
            }
        }
    }

    // MARK: Reading and writing

    /// Marks the start of a read or write and returns the descriptor to make it on.
    func beginIO() -> Int32 {
        guard case .idle(let fd) = state else { preconditionFailure("FileStreamDescriptor: I/O began in state \(state)") }
        state = .busy(fd)
        return fd
    }

    /// Marks the end of the read or write in flight. Returns the close that waited for it, to
    /// be called with the request's error once the stream has taken the outcome.
    func endIO() -> (((any Error)?) -> Void)? {
        guard case .busy(let fd) = state else { preconditionFailure("FileStreamDescriptor: I/O ended in state \(state)") }
        state = .idle(fd)
        defer { closeAfterIO = nil }
        return closeAfterIO
    }

    // MARK: Closing

    /// A file stream's `_destroy`: closes the descriptor, after the request in flight if there
    /// is one, and after an `fsync` when `flush`. `callback` gets the close's error, else the
    /// `fsync`'s, else `error` (or else the request's), as Node's `close` passes them on.
    func close(_ error: (any Error)?, flush: Bool, _ callback: @escaping Stream.Callback) {
        if case .busy = state {
            closeAfterIO = { [self] ioError in closeNow(error ?? ioError, flush: flush, callback) }
        } else {
            closeNow(error, flush: flush, callback)
        }
    }

    private func closeNow(_ error: (any Error)?, flush: Bool, _ callback: @escaping Stream.Callback) {
        guard case .idle(let fd) = state, fd != 0 else { return callback(error) }
        guard flush, let sync = try? FileSystemCalls.fsync(fd) else { return closeAfterSync(fd, error, callback) }
        sync.start(loop) { [self] result in
            if case .failure(let syncError) = result {
                closeAfterSync(fd, error ?? syncError, callback)
            } else {
                closeAfterSync(fd, error, callback)
            }
        }
    }

    private func closeAfterSync(_ fd: Int32, _ error: (any Error)?, _ callback: @escaping Stream.Callback) {
        state = .closed
        guard let closing = try? FileSystemCalls.close(fd) else { return callback(error) }
        closing.start(loop) { result in
            if case .failure(let closeError) = result {
                callback(closeError)
            } else {
                callback(error)
            }
        }
    }
}

@available(*, unavailable, message: "a file stream's descriptor belongs to the loop that made the stream")
extension FileStreamDescriptor: Sendable {}

extension EventName where Payload == Int32 {
    /// A file stream has opened its file; the payload is the descriptor (Node's `'open'`).
    public static var open: Self { Self("open") }
}

// MARK: - Checks shared by createReadStream and createWriteStream

extension FileSystemCalls {
    /// Node's checks of a file stream's file: a descriptor is taken as it is (and the path
    /// ignored) if it is not negative; without one, a path without NUL bytes is needed.
    static func checkStreamFile(_ path: String?, fd: Int32?) throws {
        if let fd { return try checkDescriptor(fd) }
        guard let path else {
            throw NodeError.invalidArgumentType(
                "path", mustBe: "of type string or an instance of Buffer or URL", received: "undefined"
            )
        }
        try checkPath(path)
    }

    /// Node's `validateInteger(value, name, 0)` for a stream's `start` and `end`.
    static func checkStreamPosition(_ value: Int64?, _ name: String) throws {
        guard let value else { return }
        if value < 0 || value > FilePosition.maxSafeInteger {
            throw NodeError.outOfRange(name, mustBe: ">= 0 && <= \(FilePosition.maxSafeInteger)", received: value)
        }
    }

    /// The stream module's check of `highWaterMark`: not negative.
    static func checkHighWaterMark(_ highWaterMark: Int) throws {
        if highWaterMark < 0 {
            throw NodeError.invalidArgumentValue("options.highWaterMark", highWaterMark)
        }
    }
}
