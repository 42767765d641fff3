import CLibUV

// The libuv requests a socket makes, each an `EmbeddedRequest` (the one request lifecycle):
// submitted with the stream or TCP call, completed in libuv's callback on the loop's thread,
// where the completion runs as a macrotask.

/// One `uv_write_t` in flight, holding the bytes libuv reads until the write completes.
final class WriteRequest: EmbeddedRequest<WriteRequest.State, uv_write_t> {
    struct State {
        let bytes: UnsafeMutableRawBufferPointer
        let completion: (Int32) -> Void
    }

    /// Writes `bytes` to `stream` after the writes before it; `completion` gets libuv's status.
    /// Returns libuv's status for the submission (negative: refused, no completion comes).
    static func write(_ bytes: ArraySlice<UInt8>, to stream: UnsafeMutablePointer<uv_stream_t>, completion: @escaping (Int32) -> Void) -> Int32 {
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 1)
        copy.copyBytes(from: bytes)
        let pending = make(State(bytes: copy, completion: completion))
        return pending.submit { request in
            var buffer = uv_buf_init(copy.baseAddress!.assumingMemoryBound(to: CChar.self), UInt32(bytes.count))
            return uv_write(request, stream, &buffer, 1) { request, status in
                WriteRequest.completed(request).complete(status)
            }
        }
    }

    /// A method, so that the object outlives the call (its state is reached by address).
    private func complete(_ status: Int32) {
        state.pointee.completion(status)
    }

    deinit { state.pointee.bytes.deallocate() }
}

/// One `uv_shutdown_t`: the write side ends after the writes queued before it.
final class ShutdownRequest: EmbeddedRequest<(Int32) -> Void, uv_shutdown_t> {
    static func shutdown(_ stream: UnsafeMutablePointer<uv_stream_t>, completion: @escaping (Int32) -> Void) -> Int32 {
        make(completion).submit { request in
            uv_shutdown(request, stream) { request, status in
                ShutdownRequest.completed(request).complete(status)
            }
        }
    }

    private func complete(_ status: Int32) {
        state.pointee(status)
    }
}

/// One `uv_connect_t`, for a TCP address or a pipe path.
final class ConnectRequest: EmbeddedRequest<(Int32) -> Void, uv_connect_t> {
    static func connect(_ tcp: UnsafeMutablePointer<uv_tcp_t>, to address: SocketAddress, completion: @escaping (Int32) -> Void) -> Int32 {
        make(completion).submit { request in
            address.withPointer { address in
                uv_tcp_connect(request, tcp, address) { request, status in
                    ConnectRequest.completed(request).complete(status)
                }
            }
        }
    }

    static func connect(_ pipe: UnsafeMutablePointer<uv_pipe_t>, to path: String, completion: @escaping (Int32) -> Void) {
        make(completion).submit { request in
            // libuv reports a pipe connect's failure through the callback, never at once.
            uv_pipe_connect(request, pipe, path) { request, status in
                ConnectRequest.completed(request).complete(status)
            }
            return 0
        }
    }

    private func complete(_ status: Int32) {
        state.pointee(status)
    }
}
