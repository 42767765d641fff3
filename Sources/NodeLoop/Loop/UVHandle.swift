import CLibUV

/// One libuv handle owned by a loop: the single lifecycle every NodeLoop handle shares.
///
/// libuv requires a handle's memory to stay at a fixed address from `uv_*_init` until its close
/// callback has run, so the memory is allocated here and released only by that callback. The
/// handle's `data` field carries the owning ``EventLoop`` (unretained: the loop closes every
/// handle it owns before it goes away), which is how the `@convention(c)` callbacks find it.
struct UVHandle<Handle> {
    let pointer: UnsafeMutablePointer<Handle>

    /// Allocates the handle's memory; `initialize` runs the handle type's `uv_*_init`.
    init(loop: EventLoop, initialize: (UnsafeMutablePointer<uv_loop_t>, UnsafeMutablePointer<Handle>) -> Int32) {
        let raw = UnsafeMutableRawPointer.allocate(
            byteCount: MemoryLayout<Handle>.size,
            alignment: MemoryLayout<Handle>.alignment
        )
        pointer = raw.bindMemory(to: Handle.self, capacity: 1)
        let status = initialize(loop.uvLoop, pointer)
        precondition(status == 0, "NodeLoop: libuv refused to initialise a \(Handle.self): \(uvErrorName(status))")
        base.pointee.data = Unmanaged.passUnretained(loop).toOpaque()
    }

    var base: UnsafeMutablePointer<uv_handle_t> {
        UnsafeMutableRawPointer(pointer).assumingMemoryBound(to: uv_handle_t.self)
    }

    /// Lets the handle keep the loop alive (libuv's default for a new handle).
    func ref() { uv_ref(base) }

    /// Stops the handle from keeping the loop alive; it still runs while the loop runs.
    func unref() { uv_unref(base) }

    var hasRef: Bool { uv_has_ref(base) != 0 }

    /// Closes the handle; its memory is released once libuv has finished with it.
    func close() {
        guard uv_is_closing(base) == 0 else { return }
        uv_close(base) { handle in
            UnsafeMutableRawPointer(handle)?.deallocate()
        }
    }

    /// Closes the handle and, from its close callback (libuv's close phase), runs `job` on
    /// `loop` as a macrotask; the memory is released first.
    func close(on loop: EventLoop, then job: @escaping EventLoop.Job) {
        guard uv_is_closing(base) == 0 else { return }
        base.pointee.data = Unmanaged.passRetained(ClosePhaseJob(loop: loop, job: job)).toOpaque()
        uv_close(base) { handle in
            guard let handle else { return }
            let pending = Unmanaged<ClosePhaseJob>.fromOpaque(handle.pointee.data).takeRetainedValue()
            UnsafeMutableRawPointer(handle).deallocate()
            pending.loop.invoke(pending.job)
        }
    }

    /// The loop a libuv callback fired for.
    static func owner(of handle: UnsafeMutablePointer<Handle>?) -> EventLoop {
        let base = UnsafeMutableRawPointer(handle!).assumingMemoryBound(to: uv_handle_t.self)
        return Unmanaged<EventLoop>.fromOpaque(base.pointee.data).takeUnretainedValue()
    }
}

/// libuv's short name for a status code (`ENOENT`), or the number when libuv has none.
func uvErrorName(_ status: Int32) -> String {
    String(cString: uv_err_name(status))
}
