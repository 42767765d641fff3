import CLibUV
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// How a child's stdin runs
// ------------------------
// Each `write` first hands the pipe what it takes at once (`uv_try_write`), as Node does, and
// queues the rest as one `uv_write` (libuv runs them in order); `end()` queues a
// `uv_shutdown`, which libuv runs after the writes before it, and the shutdown's completion is
// Node's `finish`, after which the pipe is closed. The first failed write (EPIPE when the
// child has closed its stdin or exited) calls its callback with the error, emits `error` and
// destroys the stream. The child's exit destroys it too, as Node's does: the child can read
// nothing more. Destroying closes the pipe; libuv cancels the writes still queued, and their
// callbacks get Node's `ERR_STREAM_DESTROYED`.
//
//   open ──end()──▶ ending ──shutdown done──▶ finished
//     └──────────────┴── failed write, child exit ──▶ destroyed

/// A child process's standard input, written through a pipe: what Node's `child.stdin` is
/// when `stdio[0]` is `'pipe'`.
///
/// ```swift
/// let sort = try childProcess.spawn("sort")
/// sort.stdin?.write("pear\napple\n")
/// sort.stdin?.end()
/// ```
///
/// Writing to a child that has stopped reading fails with Node's `write EPIPE` error: the
/// write's callback gets it, then the stream emits `error` (with no `error` listener it is an
/// uncaught exception, as in Node). The process never dies of `SIGPIPE`: spawning a child with
/// a piped stdin ignores that signal in this process, as Node does at startup. Once its pipe
/// has closed the stream forgets its listeners.
public final class ChildInputStream: EventEmitter {
    /// The callback of ``write(_:_:)-(String,_)``: nil once the chunk is handed to the child, or the error.
    public typealias WriteCallback = ((any Error)?) -> Void

    private enum Phase {
        case open
        case ending
        case finished
        case destroyed
    }

    /// A chunk in flight: the bytes the pipe did not take at once, which libuv reads until
    /// the write completes, the whole chunk's size and the caller's callback.
    private final class PendingWrite {
        let bytes: UnsafeMutableBufferPointer<UInt8>
        let count: Int
        let callback: WriteCallback?

        init(_ rest: ArraySlice<UInt8>, of count: Int, callback: WriteCallback?) {
            bytes = .allocate(capacity: max(rest.count, 1))
            _ = bytes.initialize(from: rest)
            self.count = count
            self.callback = callback
        }

        deinit { bytes.deallocate() }
    }

    /// The pipe, until it is closed; its `data` retains this object meanwhile.
    let pipe: UnsafeMutablePointer<uv_pipe_t>
    private let loop: EventLoop
    private var phase = Phase.open
    private var pendingBytes = 0
    private var needsDrain = false

    /// Node's `writable.highWaterMark`: ``write(_:_:)-(String,_)`` returns false once this many bytes wait.
    public let writableHighWaterMark = 16_384

    init(loop: EventLoop) {
        self.loop = loop
        pipe = UnsafeMutablePointer<uv_pipe_t>.allocate(capacity: 1)
        super.init()
        uv_pipe_init(loop.uvLoop, pipe, 0)
        pipe.withMemoryRebound(to: uv_handle_t.self, capacity: 1) { $0.pointee.data = Unmanaged.passRetained(self).toOpaque() }
        // A write to a pipe whose reader has gone raises SIGPIPE, which ends a process by
        // default; Node ignores it so that the write fails with EPIPE instead. libuv gives every
        // child the default disposition back, so children are not affected.
        signal(SIGPIPE, SIG_IGN)
    }

    // MARK: Writing

    /// Whether ``end()`` has been called (Node's `writableEnded`).
    public private(set) var writableEnded = false

    /// Whether every chunk has reached the child and the pipe is shut (Node's `writableFinished`).
    public private(set) var writableFinished = false
    /// Whether the stream is destroyed: after `finish`, a failed write or the child's exit.
    public var destroyed: Bool {
        owner.check("ChildInputStream.destroyed")
        return phase == .destroyed
    }
    /// Bytes handed to ``write(_:_:)-(String,_)`` that the child has not taken yet (Node's `writableLength`).
    public var writableLength: Int {
        owner.check("ChildInputStream.writableLength")
        return pendingBytes
    }

    /// Writes `text` as UTF-8; see ``write(_:_:)-(Buffer,_)``.
    @discardableResult
    public func write(_ text: String, _ callback: WriteCallback? = nil) -> Bool {
        write(Array(text.utf8), callback)
    }

    /// Writes `buffer` to the child's stdin, after every chunk written before it.
    ///
    /// - Returns: false once ``writableHighWaterMark`` bytes or more wait to be taken after
    ///   the pipe has taken what it could at once (then wait for the `drain` event before
    ///   writing more), or when the stream has ended or is destroyed, as Node's `write` does.
    @discardableResult
    public func write(_ buffer: Buffer, _ callback: WriteCallback? = nil) -> Bool {
        write(buffer.bytes, callback)
    }

    /// Ends the stream after the chunks already written: the child reads end-of-file, and
    /// `finish` is emitted once all of it has been taken.
    public func end() {
        owner.check("ChildInputStream.end")
        guard phase == .open else { return }
        writableEnded = true
        phase = .ending
        let request = UnsafeMutablePointer<uv_shutdown_t>.allocate(capacity: 1)
        request.pointee.data = Unmanaged.passRetained(self).toOpaque()
        let status = pipe.withMemoryRebound(to: uv_stream_t.self, capacity: 1) { stream in
            uv_shutdown(request, stream) { request, status in
                guard let request else { return }
                let owner = Unmanaged<ChildInputStream>.fromOpaque(request.pointee.data!).takeRetainedValue()
                request.deallocate()
                owner.shutDown(status: status)
            }
        }
        if status < 0 {
            Unmanaged<ChildInputStream>.fromOpaque(request.pointee.data!).release()
            request.deallocate()
            destroy()
        }
    }

    /// Writes `text` and ends the stream.
    public func end(_ text: String) {
        write(text)
        end()
    }

    /// Writes `buffer` and ends the stream.
    public func end(_ buffer: Buffer) {
        write(buffer)
        end()
    }

    /// Closes the pipe now; the child reads end-of-file, and writes not yet taken fail with
    /// `ERR_STREAM_DESTROYED`.
    public func destroy() {
        owner.check("ChildInputStream.destroy()")
        guard phase != .destroyed else { return }
        phase = .destroyed
        pipe.withMemoryRebound(to: uv_handle_t.self, capacity: 1) { handle in
            uv_close(handle) { handle in
                guard let handle else { return }
                // The stream emits nothing more: its `error` came before the pipe closed.
                let owner = Unmanaged<ChildInputStream>.fromOpaque(handle.pointee.data).takeRetainedValue()
                handle.withMemoryRebound(to: uv_pipe_t.self, capacity: 1) { $0.deallocate() }
                owner.releaseListeners()
            }
        }
    }

    private func write(_ bytes: [UInt8], _ callback: WriteCallback?) -> Bool {
        owner.check("ChildInputStream.write")
        guard phase == .open else {
            // Node's checks in its order; a stream already destroyed emits no second `error`.
            let error = writableEnded ? NodeError("write after end", code: "ERR_STREAM_WRITE_AFTER_END") : Self.destroyedError
            reject(error, callback: callback, emitting: phase != .destroyed)
            return false
        }
        pendingBytes += bytes.count
        // As Node does, write at once what the pipe takes; libuv refuses (EAGAIN) while earlier
        // writes wait, which keeps the chunks in order.
        let taken = bytes.withUnsafeBufferPointer { whole in
            var buffer = uv_buf_init(UnsafeMutableRawPointer(mutating: whole.baseAddress).map { $0.assumingMemoryBound(to: CChar.self) }, UInt32(whole.count))
            return pipe.withMemoryRebound(to: uv_stream_t.self, capacity: 1) { uv_try_write($0, &buffer, 1) }
        }
        if taken == bytes.count {
            pendingBytes -= bytes.count
            loop.nextTick { [self] in try completed(callback) }
            return true
        }
        if taken < 0 && taken != UV_EAGAIN.rawValue {
            pendingBytes -= bytes.count
            reject(systemError(taken), callback: callback, emitting: true)
            return false
        }
        let pending = PendingWrite(bytes[Int(max(taken, 0))...], of: bytes.count, callback: callback)
        var buffer = uv_buf_init(UnsafeMutableRawPointer(pending.bytes.baseAddress!).assumingMemoryBound(to: CChar.self), UInt32(pending.bytes.count))
        let request = UnsafeMutablePointer<uv_write_t>.allocate(capacity: 1)
        request.pointee.data = Unmanaged.passRetained(pending).toOpaque()
        let status = pipe.withMemoryRebound(to: uv_stream_t.self, capacity: 1) { stream in
            uv_write(request, stream, &buffer, 1) { request, status in
                guard let request else { return }
                let pending = Unmanaged<PendingWrite>.fromOpaque(request.pointee.data!).takeRetainedValue()
                let stream = request.pointee.handle!
                request.deallocate()
                let owner = Unmanaged<ChildInputStream>.fromOpaque(stream.pointee.data).takeUnretainedValue()
                owner.written(pending, status: status)
            }
        }
        if status < 0 {
            Unmanaged<PendingWrite>.fromOpaque(request.pointee.data!).release()
            request.deallocate()
            pendingBytes -= bytes.count
            reject(systemError(status), callback: callback, emitting: true)
            return false
        }
        // Node's answer, after the attempt: a chunk still waiting counts whole until written.
        let belowMark = pendingBytes < writableHighWaterMark
        if !belowMark { needsDrain = true }
        return belowMark
    }

    // MARK: Completions

    private func written(_ pending: PendingWrite, status: Int32) {
        pendingBytes -= pending.count
        if status == UV_ECANCELED.rawValue || (status < 0 && phase == .destroyed) {
            let error = Self.destroyedError
            loop.invoke { pending.callback?(error) }
        } else if status < 0 {
            let error = systemError(status)
            loop.invoke {
                pending.callback?(error)
                try self.failed(error)
            }
        } else {
            loop.invoke { try self.completed(pending.callback) }
        }
    }

    /// A chunk is written: `drain` if the waiting bytes had passed the mark and none wait now,
    /// then the chunk's callback, in Node's order.
    private func completed(_ callback: WriteCallback?) throws {
        if needsDrain, pendingBytes == 0, phase == .open {
            needsDrain = false
            try emit(.drain)
        }
        callback?(nil)
    }

    private func shutDown(status: Int32) {
        // A failed write has already reported the failure and destroyed the stream.
        guard phase == .ending else { return }
        if status < 0 {
            let error = systemError(status)
            loop.invoke { try self.failed(error) }
            return
        }
        phase = .finished
        writableFinished = true
        loop.invoke { try self.emit(.finish) }
        // Node destroys a finished stream (autoDestroy), which closes the pipe.
        destroy()
    }

    /// Destroys the stream now and reports `error` from the next tick, as Node does: the
    /// callback, then (`emitting`) the `error` event.
    private func reject(_ error: NodeError, callback: WriteCallback?, emitting: Bool) {
        destroy()
        loop.nextTick { [self] in
            callback?(error)
            if emitting { try emit(.error, error) }
        }
    }

    private func failed(_ error: any Error) throws {
        destroy()
        try emit(.error, error)
    }

    /// Node's error for a failed write: `write EPIPE`, with `errno` and `syscall`.
    private func systemError(_ status: Int32) -> NodeError {
        var error = NodeError("write \(uvErrorName(status))", code: uvErrorName(status))
        error.errno = status
        error.syscall = "write"
        return error
    }

    private static let destroyedError = NodeError("Cannot call write after a stream was destroyed", code: "ERR_STREAM_DESTROYED")
}

extension EventName where Payload == Void {
    /// Every chunk written to the stream has been taken and the stream has ended (Node's
    /// `'finish'`).
    public static var finish: Self { Self("finish") }
    /// The chunks that filled the stream past its high-water mark have been taken: writing may
    /// go on (Node's `'drain'`).
    public static var drain: Self { Self("drain") }
}

@available(*, unavailable, message: "a child's stdin belongs to the loop that spawned the child")
extension ChildInputStream: Sendable {}
