import CLibUV

/// One `uv_udp_send_t` in flight (an `EmbeddedRequest`), for a datagram the socket could not
/// send at once: it holds its own copy of the bytes, which libuv reads until the send completes,
/// so the caller's buffers may change or go away meanwhile.
final class DatagramSendRequest: EmbeddedRequest<DatagramSendRequest.State, uv_udp_send_t> {
    struct State {
        let bytes: UnsafeMutableRawBufferPointer
        let completion: (Int32) -> Void
    }

    /// Sends `bytes` as one datagram on `udp`, to `destination` (nil: the connected peer),
    /// after the sends queued before it; `completion` gets libuv's status on the loop's thread.
    /// Returns libuv's status for the submission (negative: refused, no completion comes).
    static func send(
        _ bytes: [UInt8], on udp: UnsafeMutablePointer<uv_udp_t>, to destination: SocketAddress?,
        completion: @escaping (Int32) -> Void
    ) -> Int32 {
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 1)
        copy.copyBytes(from: bytes)
        return make(State(bytes: copy, completion: completion)).submit { request in
            var buffer = uv_buf_init(copy.baseAddress!.assumingMemoryBound(to: CChar.self), UInt32(bytes.count))
            let sent: uv_udp_send_cb = { request, status in DatagramSendRequest.completed(request).complete(status) }
            return destination.withPointer { uv_udp_send(request, udp, &buffer, 1, $0, sent) }
        }
    }

    /// A method, so that the object outlives the call (its state is reached by address).
    private func complete(_ status: Int32) {
        state.pointee.completion(status)
    }

    deinit { state.pointee.bytes.deallocate() }
}
