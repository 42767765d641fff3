// Node's global timer functions. Each schedules on `EventLoop.current`, the loop of the calling
// thread. Delays are Node's milliseconds (`setTimeout(10)`) or a Swift `Duration`
// (`setTimeout(.milliseconds(10))`).

/// Runs `callback` once after `delay` milliseconds (Node's `setTimeout`).
///
/// Delays are coerced as in Node 20: a delay that is not in [1, 2^31-1] (0, negative, NaN) runs
/// after 1 ms, and one above 2^31-1 also emits a `TimeoutOverflowWarning`. Timeouts with the same
/// delay run in the order they were created; `setTimeout(0)` and `setTimeout(1)` share one queue.
///
/// ```swift
/// setTimeout(50) { console.log("Timer finished") }
/// ```
/// - Returns: The ``Timeout``, for ``clearTimeout(_:)-(Timeout?)``, `unref()` or `refresh()`.
@discardableResult
public func setTimeout(_ delay: Double = 1, _ callback: consuming @escaping () throws -> Void) -> Timeout {
    makeTimer(delay: delay, repeats: false, callback: callback)
}

/// Runs `callback` once after `delay` (Node's `setTimeout` with a Swift `Duration`).
@discardableResult
public func setTimeout(_ delay: Duration, _ callback: consuming @escaping () throws -> Void) -> Timeout {
    makeTimer(delay: TimerDelay.milliseconds(delay), repeats: false, callback: callback)
}

/// Runs `callback` every `delay` milliseconds until cleared (Node's `setInterval`).
///
/// The next run is timed from the moment the callback started; a callback that overruns its
/// period runs again on the next loop iteration, without a burst of catch-up runs.
@discardableResult
public func setInterval(_ delay: Double = 1, _ callback: consuming @escaping () throws -> Void) -> Timeout {
    makeTimer(delay: delay, repeats: true, callback: callback)
}

/// Runs `callback` every `delay` until cleared (Node's `setInterval` with a Swift `Duration`).
@discardableResult
public func setInterval(_ delay: Duration, _ callback: consuming @escaping () throws -> Void) -> Timeout {
    makeTimer(delay: TimerDelay.milliseconds(delay), repeats: true, callback: callback)
}

/// Cancels a timeout or interval; `nil` or an already cleared timer is ignored.
public func clearTimeout(_ timeout: Timeout?) {
    guard let timeout else { return }
    timeout.loop.owner.check("clearTimeout(_:)")
    timeout.loop.timers.clear(timeout)
}

/// Cancels the timer whose numeric ``Timeout/id`` was read; unknown ids are ignored.
public func clearTimeout(_ id: Int) {
    let timers = EventLoop.current.timers!
    if let timeout = timers.timeout(withId: id) { timers.clear(timeout) }
}

/// Cancels an interval (the same as ``clearTimeout(_:)-(Timeout?)``).
public func clearInterval(_ timeout: Timeout?) {
    clearTimeout(timeout)
}

/// Cancels the interval whose numeric ``Timeout/id`` was read.
public func clearInterval(_ id: Int) {
    clearTimeout(id)
}

/// Runs `callback` in the check phase of the loop, after I/O callbacks (Node's `setImmediate`).
///
/// Immediates run in the order they were queued; one queued while immediates are running waits
/// for the next loop iteration.
@discardableResult
public func setImmediate(_ callback: consuming @escaping () throws -> Void) -> Immediate {
    let immediate = Immediate(loop: EventLoop.current, callback: callback)
    immediate.loop.immediates.enqueue(immediate)
    return immediate
}

/// Cancels an immediate that has not run yet; `nil` is ignored.
public func clearImmediate(_ immediate: Immediate?) {
    guard let immediate else { return }
    immediate.loop.owner.check("clearImmediate(_:)")
    immediate.loop.immediates.cancel(immediate)
}

/// Queues `callback` on the promise-job (microtask) queue: it runs after the current callback
/// and after every queued `process.nextTick` callback (Node's `queueMicrotask`).
public func queueMicrotask(_ callback: @escaping () throws -> Void) {
    EventLoop.current.enqueuePromiseJob(callback)
}

private func makeTimer(delay: Double, repeats: Bool, callback: consuming @escaping () throws -> Void) -> Timeout {
    let timeout = Timeout(loop: EventLoop.current, delay: delay, repeats: repeats, callback: callback)
    timeout.loop.timers.start(timeout)
    return timeout
}
