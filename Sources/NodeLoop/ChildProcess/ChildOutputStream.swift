import CLibUV

/// A child process's stdout or stderr, read through a pipe: emits `data` with each chunk and
/// `end` when the child closes its side.
///
/// As Node's readable streams, it starts paused: what the child writes is read and held until
/// the first `data` listener, which gets it all, in order, on the next tick. A stream nobody
/// listened to by the time the child has exited (and one tick more, as in Node, for an `exit`
/// listener to start reading) flows anyway, so that it ends and the child's `close` can come;
/// its output is dropped. Once its pipe has closed it forgets its listeners.
public final class ChildOutputStream: EventEmitter {
    /// The pipe, until it is closed; its `data` retains this object meanwhile.
    let pipe: UnsafeMutablePointer<uv_pipe_t>
    private(set) var isClosed = false
    private var onClosed: (() -> Void)?
    /// Whether chunks are emitted as they arrive (after the first `data` listener or the
    /// child's exit); until then they are held.
    private var isFlowing = false
    private var held: [Buffer] = []
    /// The child closed its side while chunks were held: `end` comes after them.
    private var endIsHeld = false

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
            if isFlowing, held.isEmpty {
                loop.invoke { try self.emit(.data, chunk) }
            } else {
                held.append(chunk)
            }
        } else if count < 0 {
            // UV_EOF or a read error: the child's side is gone.
            if isFlowing, held.isEmpty {
                loop.invoke { try self.emit(.end) }
                close()
            } else {
                endIsHeld = true
                stopReading()
            }
        }
    }

    override func listenerAdded(named name: String) {
        if name == EventName<Buffer>.data.name { resume() }
    }

    /// Starts the flow (Node's `resume()`): on the next tick the held chunks are emitted, then
    /// `end` on the tick after if the child's side has closed.
    func resume() {
        guard !isFlowing else { return }
        isFlowing = true
        let loop = EventLoop.current
        loop.nextTick { [self] in
            let chunks = held
            held = []
            for chunk in chunks { try emit(.data, chunk) }
            guard endIsHeld else { return }
            endIsHeld = false
            loop.nextTick { [self] in
                try emit(.end)
                close()
            }
        }
    }

    private func stopReading() {
        guard !isClosed else { return }
        pipe.withMemoryRebound(to: uv_stream_t.self, capacity: 1) { _ = uv_read_stop($0) }
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
                // The stream emits nothing more.
                owner.releaseListeners()
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
