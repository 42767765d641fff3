import CLibUV

/// A child process's stdout or stderr, read through a pipe: emits `data` with each chunk as it
/// arrives and `end` when the child closes its side.
public final class ChildOutputStream: EventEmitter {
    /// The pipe, until it is closed; its `data` retains this object meanwhile.
    let pipe: UnsafeMutablePointer<uv_pipe_t>
    private(set) var isClosed = false
    private var onClosed: (() -> Void)?

    init(loop: EventLoop) {
        pipe = UnsafeMutablePointer<uv_pipe_t>.allocate(capacity: 1)
        super.init()
        uv_pipe_init(loop.uvLoop, pipe, 0)
        pipe.withMemoryRebound(to: uv_handle_t.self, capacity: 1) { $0.pointee.data = Unmanaged.passRetained(self).toOpaque() }
    }

    /// Starts reading once the child exists; `closed` runs when the pipe has closed.
    func startReading(closed: @escaping () -> Void) {
        onClosed = closed
        let status = pipe.withMemoryRebound(to: uv_stream_t.self, capacity: 1) { stream in
            uv_read_start(stream, { _, suggested, buffer in
                buffer?.pointee = uv_buf_init(UnsafeMutablePointer<CChar>.allocate(capacity: suggested), UInt32(suggested))
            }, { stream, count, buffer in
                guard let stream else { return }
                let owner = Unmanaged<ChildOutputStream>.fromOpaque(stream.pointee.data).takeUnretainedValue()
                owner.received(count: count, base: buffer?.pointee.base)
            })
        }
        if status < 0 { close() }
    }

    private func received(count: Int, base: UnsafeMutablePointer<CChar>?) {
        defer { base?.deallocate() }
        let loop = EventLoop.current
        if count > 0, let base {
            let chunk = Buffer(UnsafeRawBufferPointer(start: base, count: count).bindMemory(to: UInt8.self))
            loop.invoke { try self.emit(.data, chunk) }
        } else if count < 0 {
            // UV_EOF or a read error: the child's side is gone.
            loop.invoke { try self.emit(.end) }
            close()
        }
    }

    /// Closes the pipe (once); its memory and this object's retain go in the close callback.
    func close() {
        guard !isClosed else { return }
        isClosed = true
        pipe.withMemoryRebound(to: uv_handle_t.self, capacity: 1) { handle in
            uv_close(handle) { handle in
                guard let handle else { return }
                let owner = Unmanaged<ChildOutputStream>.fromOpaque(handle.pointee.data).takeRetainedValue()
                let closed = owner.onClosed
                owner.onClosed = nil
                handle.withMemoryRebound(to: uv_pipe_t.self, capacity: 1) { $0.deallocate() }
                closed?()
            }
        }
    }
}

extension EventName where Payload == Buffer {
    /// A chunk of a child's output.
    public static var data: Self { Self("data") }
}

extension EventName where Payload == Void {
    /// The stream has no more data.
    public static var end: Self { Self("end") }
}

@available(*, unavailable, message: "a child's output stream belongs to the loop that spawned the child")
extension ChildOutputStream: Sendable {}
