import CLibUV

extension EventLoop {
    /// Runs `job` in libuv's close phase, as a macrotask (microtasks drain after it): where Node
    /// delivers what happens when one of its handles is closed, such as a `MessagePort`'s
    /// `close` event. An immediate queued in the same turn runs first; the job runs in this
    /// iteration's close phase, or the next one's when this one's has passed.
    ///
    /// It works as Node's does: a handle that never starts is closed at once, and libuv calls
    /// its close callback in the close phase. The closing handle keeps the loop alive until then.
    func runInClosePhase(_ job: @escaping Job) {
        let handle = UnsafeMutablePointer<uv_idle_t>.allocate(capacity: 1)
        let status = uv_idle_init(uvLoop, handle)
        precondition(status == 0, "NodeLoop: libuv refused to initialise an idle handle: \(uvErrorName(status))")
        let pending = ClosePhaseJob(loop: self, job: job)
        let base = UnsafeMutableRawPointer(handle).assumingMemoryBound(to: uv_handle_t.self)
        base.pointee.data = Unmanaged.passRetained(pending).toOpaque()
        uv_close(base) { base in
            guard let base else { return }
            let pending = Unmanaged<ClosePhaseJob>.fromOpaque(base.pointee.data).takeRetainedValue()
            UnsafeMutableRawPointer(base).assumingMemoryBound(to: uv_idle_t.self).deallocate()
            pending.loop.invoke(pending.job)
        }
    }
}

/// A job waiting for the close phase, carried through the closing handle's `data`.
private final class ClosePhaseJob {
    let loop: EventLoop
    let job: EventLoop.Job

    init(loop: EventLoop, job: @escaping EventLoop.Job) {
        self.loop = loop
        self.job = job
    }
}
