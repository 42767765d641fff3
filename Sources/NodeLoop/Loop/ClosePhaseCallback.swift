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
        UVHandle<uv_idle_t>(loop: self) { uvLoop, idle in uv_idle_init(uvLoop, idle) }.close(on: self, then: job)
    }
}

/// A job waiting for the close phase, carried through the closing handle's `data`.
final class ClosePhaseJob {
    let loop: EventLoop
    let job: EventLoop.Job

    init(loop: EventLoop, job: @escaping EventLoop.Job) {
        self.loop = loop
        self.job = job
    }
}
