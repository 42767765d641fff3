import CLibUV

// Immediates as Node runs them: one check handle (unref'd, always started) runs the queue after
// poll; an idle handle is started while any ref'd immediate is pending, which keeps the loop
// alive and stops poll from blocking. The queue is detached before it runs, so an immediate
// queued by an immediate runs on the next iteration. `clearImmediate` only marks the entry: it
// is skipped when reached, which keeps clearing O(1) without a linked list.

/// The immediate queue of one loop and the two handles that drive it.
final class ImmediateQueue {
    // The hot state is touched once or twice per immediate, on the loop's thread only, and never
    // through an overlapping access: runtime exclusivity checks would cost more than the work.
    // The loop owns this queue and closes it before it goes, so `loop` needs no reference count.
    private unowned(unsafe) let loop: EventLoop
    private let check: LoopHandle
    private let idle: LoopHandle
    @exclusivity(unchecked) private var pending = RingBuffer<Immediate>()
    /// The detached queue being run; kept between turns for its capacity.
    @exclusivity(unchecked) private var running = RingBuffer<Immediate>()
    /// Immediates queued and not yet run or cleared.
    @exclusivity(unchecked) private var count = 0
    @exclusivity(unchecked) private var refCount = 0
    /// Set by `close()`: libuv refuses to start a closing handle.
    private var isClosed = false

    init(loop: EventLoop) {
        self.loop = loop
        check = LoopHandle.make(uv_check_t.self, loop: loop) { uv_check_init($0, $1) }
        idle = LoopHandle.make(uv_idle_t.self, loop: loop) { uv_idle_init($0, $1) }
        uv_check_start(check.pointer(as: uv_check_t.self)) { handle in
            LoopHandle.of(handle).loop.immediates.runQueued()
        }
        check.unref()
    }

    func enqueue(_ immediate: Immediate) {
        pending.append(immediate)
        count += 1
        if immediate.isRefed { incrementRefCount() }
    }

    func cancel(_ immediate: Immediate) {
        guard !immediate.isDestroyed else { return }
        immediate.isDestroyed = true
        immediate.callback = nil
        count -= 1
        if immediate.isRefed { decrementRefCount() }
    }

    func incrementRefCount() {
        refCount += 1
        if refCount == 1 && !isClosed {
            uv_idle_start(idle.pointer(as: uv_idle_t.self)) { _ in }
        }
    }

    func decrementRefCount() {
        releaseRefs(1)
    }

    private func releaseRefs(_ released: Int) {
        guard released > 0, !isClosed else { return }
        refCount -= released
        if refCount == 0 {
            uv_idle_stop(idle.pointer(as: uv_idle_t.self))
        }
    }

    /// The check-phase callback (Node's `processImmediate`).
    private func runQueued() {
        guard count > 0 else { return }
        swap(&pending, &running)
        var lastThrew = false
        // Immediates that ran give up their ref at the end of the pass, as Node's
        // `processImmediate` does: an immediate that queues the next one keeps the idle handle
        // started instead of stopping and restarting it for every immediate.
        var refsReleased = 0
        defer { releaseRefs(refsReleased) }
        while true {
            guard let (immediate, callback) = nextLive() else {
                // Node restarts the pass after a throw; when nothing of this pass is left, the
                // restart takes the immediates queued since, in this same check phase.
                guard lastThrew, !pending.isEmpty else { break }
                swap(&pending, &running)
                continue
            }
            immediate.isDestroyed = true
            count -= 1
            if immediate.isRefed { refsReleased += 1 }
            lastThrew = loop.invokeInPass(callback)
            if loop.isTerminated {
                Self.discard(&running)
                return
            }
        }
        loop.finishPass(lastThrew: lastThrew)
    }

    /// The next immediate of the running pass that was not cleared, with its callback (moved
    /// out of it, which spares a retain and a release).
    private func nextLive() -> (Immediate, EventLoop.Job)? {
        while let immediate = running.popFirst() {
            if !immediate.isDestroyed, let callback = immediate.callback.take() { return (immediate, callback) }
        }
        return nil
    }

    /// Empties `queue`, dropping each immediate's callback: nothing will run it, and a callback
    /// that captures its own immediate must not keep it alive.
    private static func discard(_ queue: inout RingBuffer<Immediate>) {
        while let immediate = queue.popFirst() { immediate.callback = nil }
    }

    /// Drops every pending immediate and closes the handles (loop close).
    func close() {
        isClosed = true
        Self.discard(&pending)
        Self.discard(&running)
        count = 0
        refCount = 0
        check.close()
        idle.close()
    }
}
