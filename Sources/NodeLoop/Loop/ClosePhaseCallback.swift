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
        LoopHandle.make(uv_idle_t.self, loop: self) { uv_idle_init($0, $1) }.close { [self] in invoke(job) }
    }
}
