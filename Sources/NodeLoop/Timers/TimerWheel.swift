import CLibUV

// How and why
// -----------
// Node does not give each timer a libuv timer. It keeps (lib/internal/timers.js):
//
//   lists:  [msecs: TimerList]       one FIFO list per duration, e.g. 1 ms, 50 ms, 1000 ms
//   queue:  TimerListQueue           a min-heap of those lists by (expiry, list id)
//   handle: one uv_timer_t           armed for the earliest list's expiry
//
//        queue (heap)             lists                   timeouts, oldest first
//        ┌──────────┐
//        │ 1ms  @105│ ───────────▶ [1]    ───▶ t3 ─▶ t7 ─▶ t9
//        ├──────────┤
//        │ 50ms @150│ ───────────▶ [50]   ───▶ t1 ─▶ t4
//        └──────────┘
//
// Timeouts of one duration are armed in time order, so only a list's head can be due. When the
// handle fires, the due lists run in heap order; each runs its due timeouts in order, draining
// microtasks after each. A list whose head is not yet due gets expiry max(start + ms, now + 1)
// and a fresh id, and goes back into the heap. This gives Node's order by construction (equal
// delays first-in first-out; 0 and 1 share the 1 ms list) and keeps arming O(1) for a known
// duration.
//
// The handle keeps the loop alive only while some ref'd timeout exists (`refCount`).

/// The timers of one loop: Node's timer lists, their priority queue and the one libuv timer.
final class TimerWheel {
    // Loop-confined and touched for every timer armed or fired, never through overlapping
    // accesses: runtime exclusivity checks would only cost. The loop owns this wheel and closes
    // it before it goes, so `loop` needs no reference count.
    private unowned(unsafe) let loop: EventLoop
    private let handle: LoopHandle
    @exclusivity(unchecked) private var lists: [Int64: TimerList] = [:]
    /// The list the last timeout was filed in, while it is in `lists`: timers are mostly armed
    /// in runs of one duration, and this spares the hash look-up for all but the first of a run.
    @exclusivity(unchecked) private var lastFiledList: TimerList?
    @exclusivity(unchecked) private var queue = TimerListQueue()
    @exclusivity(unchecked) private var knownById: [Int: Timeout] = [:]
    /// Expiry the handle is armed for; `Int64.max` when disarmed.
    @exclusivity(unchecked) private var nextExpiry = Int64.max
    @exclusivity(unchecked) private var nextListId = 1
    /// Whether the last callback of the pass running now threw (``EventLoop/finishPass(lastThrew:)``).
    @exclusivity(unchecked) private var lastCallbackThrew = false
    @exclusivity(unchecked) private var asyncIdCounter = 0
    @exclusivity(unchecked) private(set) var refCount = 0
    /// Set by `close()`: libuv refuses to arm a closing handle.
    private var isClosed = false

    init(loop: EventLoop) {
        self.loop = loop
        handle = LoopHandle.make(uv_timer_t.self, loop: loop) { uv_timer_init($0, $1) }
        handle.unref()
    }

    /// Loop time in milliseconds, refreshed first (Node's `getLibuvNow`).
    func now() -> Int64 {
        uv_update_time(loop.uvLoop)
        return Int64(uv_now(loop.uvLoop))
    }

    func nextAsyncId() -> Int {
        asyncIdCounter += 1
        return asyncIdCounter
    }

    // MARK: - Arming

    /// Arms a new timeout and counts it as ref'd.
    func start(_ timeout: Timeout) {
        incrementRefCount()
        insert(timeout, msecs: timeout.idleTimeout, start: now())
    }

    /// Files `timeout` at the tail of its duration's list, starting its countdown at `start`.
    private func insert(_ timeout: Timeout, msecs: Double, start: Int64) {
        // Truncate: sub-millisecond accuracy is not promised.
        let msecs = Int64(msecs)
        timeout.idleStart = start
        let list: TimerList
        if let cached = lastFiledList, cached.msecs == msecs {
            list = cached
        } else if let existing = lists[msecs] {
            list = existing
        } else {
            let expiry = start + msecs
            list = TimerList(msecs: msecs, expiry: expiry, id: nextListId)
            nextListId += 1
            lists[msecs] = list
            queue.insert(list)
            if nextExpiry > expiry {
                schedule(after: msecs)
                nextExpiry = expiry
            }
        }
        list.append(timeout)
        lastFiledList = list
    }

    /// `refresh()`: restarts the countdown from now; revives a timeout that has fired.
    func rearm(_ timeout: Timeout) {
        guard timeout.idleTimeout >= 0 else { return }
        insert(timeout, msecs: timeout.idleTimeout, start: now())
        if timeout.isDestroyed {
            timeout.isDestroyed = false
            if timeout.isRefed { incrementRefCount() }
        }
    }

    // MARK: - Clearing

    /// `clearTimeout`: drops the callback, as Node's `clearTimeout` does, then removes the
    /// timeout for good. A timeout that has fired is only left without its callback: `refresh()`
    /// can still re-arm it, and it then comes due without running anything.
    func clear(_ timeout: Timeout) {
        timeout.callback = nil
        guard !timeout.isDestroyed else { return }
        timeout.isDestroyed = true
        if timeout.hasPrimitiveId { knownById[timeout.asyncId] = nil }
        timeout.list?.remove(timeout)
        // Like Node, only ref'd timeouts delete their emptied list at once; an unref'd one's
        // empty list is dropped when its expiry comes round.
        if timeout.isRefed {
            let msecs = Int64(timeout.idleTimeout)
            if let list = lists[msecs], list.isEmpty {
                queue.remove(list)
                unfile(list)
            }
            decrementRefCount()
        }
        timeout.idleTimeout = -1
    }

    func register(_ timeout: Timeout) {
        knownById[timeout.asyncId] = timeout
    }

    func timeout(withId id: Int) -> Timeout? {
        knownById[id]
    }

    // MARK: - Ref counting

    func incrementRefCount() {
        refCount += 1
        if refCount == 1 && !isClosed { handle.ref() }
    }

    func decrementRefCount() {
        refCount -= 1
        if refCount == 0 && !isClosed { handle.unref() }
    }

    // MARK: - Firing

    private func schedule(after msecs: Int64) {
        guard !isClosed else { return }
        uv_timer_start(handle.pointer(as: uv_timer_t.self), { timer in
            LoopHandle.of(timer).loop.timers.fire()
        }, UInt64(max(msecs, 1)), 0)
    }

    /// The libuv timer callback (Node's `RunTimers`): the pass, the timer re-armed, then the
    /// pass's closing drain.
    private func fire() {
        lastCallbackThrew = false
        let next = processTimers(now: now())
        guard !loop.isTerminated else { return }
        if next != 0 {
            let duration = abs(next) - Int64(uv_now(loop.uvLoop))
            schedule(after: duration > 0 ? duration : 1)
            if next > 0 { handle.ref() } else { handle.unref() }
        } else {
            handle.unref()
        }
        loop.finishPass(lastThrew: lastCallbackThrew)
    }

    /// Runs every due list in queue order. Returns the next expiry, negated when no ref'd
    /// timeout remains, or 0 when no list remains.
    private func processTimers(now: Int64) -> Int64 {
        nextExpiry = Int64.max
        while let list = queue.peek() {
            if list.expiry > now {
                nextExpiry = list.expiry
                return refCount > 0 ? nextExpiry : -nextExpiry
            }
            runList(list, now: now)
            if loop.isTerminated { return 0 }
        }
        return 0
    }

    /// Runs the due timeouts at the head of `list`; re-files the list if a later one remains.
    private func runList(_ list: TimerList, now: Int64) {
        let msecs = list.msecs
        while let idleStart = list.headIdleStart {
            if now - idleStart < msecs {
                list.expiry = max(idleStart + msecs, now + 1)
                list.id = nextListId
                nextListId += 1
                queue.headExpiryIncreased()
                return
            }
            guard let timeout = list.removeHead() else { break }
            guard let callback = timeout.callback else {
                // Cleared after it fired, then refreshed: it comes due and ends, as in Node.
                retire(timeout)
                continue
            }
            // An interval re-arms from the time its callback started.
            let start = timeout.repeatPeriod == nil ? 0 : self.now()
            lastCallbackThrew = loop.invokeInPass(callback)
            if loop.isTerminated { return }
            if let period = timeout.repeatPeriod, timeout.idleTimeout != -1 {
                timeout.idleTimeout = period
                insert(timeout, msecs: period, start: start)
            } else if timeout.list == nil {
                retire(timeout)
            }
        }
        if lists[msecs] === list {
            unfile(list)
            queue.remove(list)
        }
    }

    /// A timeout that has come due and was not re-armed stops counting as pending. It keeps its
    /// callback, which `refresh()` runs again.
    private func retire(_ timeout: Timeout) {
        guard !timeout.isDestroyed else { return }
        timeout.isDestroyed = true
        if timeout.hasPrimitiveId { knownById[timeout.asyncId] = nil }
        if timeout.isRefed { decrementRefCount() }
    }

    /// Takes `list` out of the lists by duration.
    private func unfile(_ list: TimerList) {
        lists[list.msecs] = nil
        if lastFiledList === list { lastFiledList = nil }
    }

    /// Drops every pending timeout, with its callback (nothing can run it any more), and closes
    /// the handle (loop close).
    func close() {
        isClosed = true
        for list in lists.values {
            while let timeout = list.removeHead() { timeout.callback = nil }
        }
        lists.removeAll()
        lastFiledList = nil
        queue.removeAll()
        knownById.removeAll()
        handle.close()
    }
}
