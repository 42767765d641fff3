/// The timeouts that share one duration, in the order they were armed.
///
/// Every timeout in a list was armed with the same duration, so the list is ordered by expiry as
/// well as by insertion: only its head can be due first. Timeouts link to each other directly
/// (an intrusive list), so arming and clearing never allocate.
final class TimerList {
    /// The duration, in whole milliseconds, every timeout in this list was armed with.
    let msecs: Int64
    // Loop-confined fields touched for every timer armed or fired: no runtime exclusivity checks.
    /// When the head is due, in loop milliseconds.
    @exclusivity(unchecked) var expiry: Int64
    /// Breaks expiry ties in the list queue: lists created (or re-armed) earlier go first.
    @exclusivity(unchecked) var id: Int
    /// This list's slot in ``TimerListQueue``, kept current by the queue.
    @exclusivity(unchecked) var queuePosition = 0

    @exclusivity(unchecked) private(set) var head: Timeout?
    @exclusivity(unchecked) private unowned(unsafe) var tail: Timeout?

    init(msecs: Int64, expiry: Int64, id: Int) {
        self.msecs = msecs
        self.expiry = expiry
        self.id = id
    }

    var isEmpty: Bool { head == nil }

    func append(_ timeout: Timeout) {
        timeout.list?.remove(timeout)
        timeout.list = self
        timeout.previous = tail
        timeout.next = nil
        if let tail { tail.next = timeout } else { head = timeout }
        tail = timeout
    }

    func remove(_ timeout: Timeout) {
        guard timeout.list === self else { return }
        let next = timeout.next
        if let previous = timeout.previous { previous.next = next } else { head = next }
        if let next { next.previous = timeout.previous } else { tail = timeout.previous }
        timeout.next = nil
        timeout.previous = nil
        timeout.list = nil
    }

    /// When the first timeout's countdown started; nil when the list is empty.
    var headIdleStart: Int64? { head?.idleStart }

    /// Takes the first timeout off the list. The links are moved, not copied, which spares a
    /// retain and a release for every timer fired.
    func removeHead() -> Timeout? {
        guard let first = head.take() else { return nil }
        head = first.next.take()
        if let head { head.previous = nil } else { tail = nil }
        first.previous = nil
        first.list = nil
        return first
    }
}
