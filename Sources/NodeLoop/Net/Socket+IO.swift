import CLibUV
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The stream hooks of a socket: what its readable side asks of libuv, what its writable side
// hands to libuv, and how it closes.

extension Socket {
    // MARK: Reading

    /// Starts libuv reading into the socket, unless it already is.
    func startReading() {
        // A socket still connecting starts reading once connected.
        if connecting { return readWhenConnected = true }
        guard let handle, !handle.isClosing, !isReading else { return }
        // Each read's memory lives in `readMemory` from libuv's allocation to the read's callback.
        let status = uv_read_start(handle.stream, { handle, suggested, buffer in
            guard let socket = LoopHandle.of(handle).owner(as: Socket.self) else { return buffer!.pointee = uv_buf_init(nil, 0) }
            let memory = SocketReadMemory(capacity: suggested, expectingLarge: socket.expectsLargeRead)
            socket.readMemory = memory
            buffer!.pointee = memory.buffer
        }, { stream, count, _ in
            guard let socket = LoopHandle.of(stream).owner(as: Socket.self) else { return }
            let memory = socket.readMemory
            socket.readMemory = nil
            defer { memory?.release() }
            guard count > 0, let memory else { return socket.received(count, nil) }
            socket.expectsLargeRead = memory.isLarge(count)
            socket.received(count, memory.chunk(count: count))
        })
        if status < 0 { return _ = destroy(NodeError.errno(status, syscall: "read")) }
        isReading = true
    }

    private func received(_ count: Int, _ chunk: Buffer?) {
        if let chunk {
            loop.invoke { [self] in
                bytesRead += count
                idleTimer?.refresh()
                // A full buffer stops the reading until the consumer asks for more (`_read`).
                if !push(chunk) { stopReading() }
            }
        } else if count == Int(UV_EOF.rawValue) {
            // libuv stops reading by itself at the end.
            isReading = false
            loop.invoke { [self] in
                push(nil)
                read(0)
            }
        } else if count < 0 {
            let error = NodeError.errno(Int32(count), syscall: "read")
            loop.invoke { [self] in _ = destroy(error) }
        }
    }

    func stopReading() {
        guard isReading, let handle, !handle.isClosing else { return }
        isReading = false
        uv_read_stop(handle.stream)
    }

    // MARK: Writing

    /// Hands `chunk` to libuv: what the socket takes at once (`uv_try_write`), the rest as one
    /// `uv_write`. `callback` runs at once when all was taken, as Node's does.
    func dispatch(_ chunk: Buffer, _ callback: @escaping Callback) {
        if dispatchAtOnce(chunk, callback) { callback(nil) }
    }

    /// `_write` for the writable core's at-once path: as ``dispatch(_:_:)``, but returns true
    /// instead of calling `callback` when the socket took the whole chunk at once.
    private func writeAtOnce(_ chunk: Buffer, _ callback: @escaping Callback) -> Bool {
        // A write that comes while connecting waits for the connection, as in `_write`.
        if connecting {
            pendingWrite = (chunk, callback)
            return false
        }
        return dispatchAtOnce(chunk, callback)
    }

    /// The work of ``dispatch(_:_:)``; returns true, without calling `callback`, when all of
    /// `chunk` was taken at once.
    private func dispatchAtOnce(_ chunk: Buffer, _ callback: @escaping Callback) -> Bool {
        guard let handle, !handle.isClosing else {
            callback(NodeError.socketClosed)
            return false
        }
        idleTimer?.refresh()
        bytesDispatched += chunk.count
        let bytes = chunk.bytes
        let taken = bytes.withUnsafeBufferPointer { whole -> Int32 in
            var buffer = uv_buf_init(UnsafeMutablePointer(mutating: whole.baseAddress).map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self) }, UInt32(whole.count))
            return uv_try_write(handle.stream, &buffer, 1)
        }
        if Int(taken) == bytes.count { return true }
        if taken < 0 && taken != UV_EAGAIN.rawValue {
            callback(NodeError.errno(taken, syscall: "write"))
            return false
        }
        let status = WriteRequest.write(bytes[Int(Swift.max(taken, 0))...], to: handle.stream) { [self] status in
            loop.invoke { [self] in
                // Writes cut short by destroying are not errors (Node's `onWriteComplete`).
                if destroyed { return callback(nil) }
                if status < 0 { return callback(NodeError.errno(status, syscall: "write")) }
                idleTimer?.refresh()
                callback(nil)
            }
        }
        if status < 0 { callback(NodeError.errno(status, syscall: "write")) }
        return false
    }

    /// Writes a chunk (Node's `socket.write`). After the other side ended a socket that does
    /// not allow half-open connections, it fails with Node's `EPIPE` error and destroys the
    /// socket; otherwise it is ``WritableStream/write(_:_:)``.
    @discardableResult
    public func write(_ chunk: Buffer, _ callback: Callback? = nil) -> Bool {
        owner.check("Socket.write")
        // A socket with no readable side (a child's stdin) never saw the other side end.
        guard state.isEnabled, readableEnded, !allowHalfOpen, writableEnded else {
            return _writableCore.write(
                chunk, encoding: encodingName(of: chunk), callback: callback, writeAtOnce: writeAtOnce
            )
        }
        let error = NodeError.endedByOtherParty
        if let callback { process.nextTick { callback(error) } }
        destroy(error)
        return false
    }

    /// Writes a string as bytes in `encoding` (UTF-8 by default); see ``write(_:_:)``.
    @discardableResult
    public func write(_ text: String, _ encoding: BufferEncoding? = nil, _ callback: Callback? = nil) -> Bool {
        owner.check("Socket.write")
        let encoding = encoding ?? _writableCore.state.defaultEncoding
        return write((try? Buffer.from(text, encoding)) ?? Buffer(Array(text.utf8)), callback)
    }

    /// Ends the write side after the writes queued before (`uv_shutdown`).
    func shutDown(_ callback: @escaping Callback) {
        guard let handle, !handle.isClosing else { return callback(nil) }
        let status = ShutdownRequest.shutdown(handle.stream) { [self] _ in
            loop.invoke { [self] in if !destroyed { callback(nil) } }
        }
        if status == UV_ENOTCONN.rawValue { return callback(nil) }
        if status < 0 { callback(NodeError.errno(status, syscall: "shutdown")) }
    }

    // MARK: Closing

    /// Ends the writable side and destroys the socket once its writes are done (Node's
    /// `destroySoon`): how an HTTP connection closes after its last message.
    func destroySoon() {
        if writable { end() }
        if writableFinished {
            destroy()
        } else {
            once(.finish) { [weak self] in self?.destroy() }
        }
    }

    /// Node's `_destroy`: the handle closes, and `close` follows from its close callback.
    func closeHandle(_ error: (any Error)?, _ callback: @escaping Callback) {
        connecting = false
        if let attempts = addressAttempts {
            clearTimeout(attempts.timer)
            addressAttempts = nil
        }
        pendingWrite = nil
        pendingFinal = nil
        clearTimeout(idleTimer)
        idleTimer = nil
        let hadError = error != nil
        if let handle, !handle.isClosing {
            isReading = false
            handle.close { [self] in loop.invoke { emitClose(hadError: hadError) } }
            // As Node drops its `_handle`: a destroyed socket is `pending` again.
            self.handle = nil
            callback(error)
        } else {
            callback(error)
            process.nextTick { [self] in emitClose(hadError: hadError) }
        }
        if let server {
            self.server = nil
            server.connectionClosed()
        }
    }

    /// Node's `'close'`, with whether an error closed the socket; then the socket forgets
    /// its listeners and closures.
    func emitClose(hadError: Bool) {
        guard !closeEmitted else { return }
        closeEmitted = true
        emitReporting(EventName<Bool>.close, hadError)
        if releaseWhenClosed { releaseStreamCallbacks() }
    }

    /// Closes the connection with a TCP reset instead of a graceful end (Node's
    /// `resetAndDestroy()`): the other side reads `ECONNRESET`.
    @discardableResult
    public func resetAndDestroy() -> Socket {
        owner.check("Socket.resetAndDestroy")
        if kind == .tcp, let handle, !handle.isClosing, !connecting {
            // A zero linger time makes the close send a reset and drop what was unsent.
            var descriptor = uv_os_fd_t()
            if uv_fileno(handle.base, &descriptor) == 0 {
                var option = linger(l_onoff: 1, l_linger: 0)
                setsockopt(descriptor, SOL_SOCKET, SO_LINGER, &option, socklen_t(MemoryLayout<linger>.size))
            }
        }
        return destroy()
    }
}
