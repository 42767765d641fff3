#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

// Rules for a shared buffer:
// - `cells` are `Atomic<Int32>`s: every read and write of a cell is atomic, from any thread.
// - `waiters` is touched only with `mutex` held. `wait` compares the cell with the expected
//   value while holding `mutex`; `notify` takes `mutex` too, so a store followed by `notify` on
//   another thread either happens before the comparison (the waiter sees "not-equal") or wakes
//   the waiter: no wake-up is lost.
// - `notify` wakes waiters of that index in the order they started waiting (as Atomics.notify).

/// A fixed-size block of `Int32`s shared by reference between threads, with atomic operations
/// and `wait`/`notify`: Node's `Int32Array` over a `SharedArrayBuffer`, with `Atomics`.
///
/// Pass it to workers in `workerData` or a message; every copy refers to the same memory.
///
/// ```swift
/// let counter = SharedBuffer(count: 1)
/// for _ in 0..<4 { Worker(workerData: counter) { (workerThreads.workerData as! SharedBuffer).add(0, 1) } }
/// ```
///
/// ``wait(_:_:timeout:)`` blocks the calling thread. Node allows `Atomics.wait` on its main
/// thread (only browsers forbid it), so NodeLoop allows it on any loop's thread too; it stops
/// that loop until woken.
public final class SharedBuffer: @unchecked Sendable {
    // `cells` is allocated once and only accessed through atomic operations; `waiters` only with
    // `mutex` held; `condition` is used with `mutex`.
    private let cells: UnsafeMutablePointer<Atomic<Int32>>
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var waiters: [Waiter] = []

    private final class Waiter {
        let index: Int
        var isWoken = false
        init(index: Int) { self.index = index }
    }

    /// The number of `Int32` cells.
    public let count: Int

    /// A buffer of `count` cells, all zero.
    public init(count: Int) {
        self.count = max(0, count)
        cells = .allocate(capacity: max(1, count))
        for index in 0..<self.count { (cells + index).initialize(to: Atomic(0)) }
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
    }

    deinit {
        cells.deinitialize(count: count)
        cells.deallocate()
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
        condition.deallocate()
    }

    /// What ``wait(_:_:timeout:)`` returns, spelled as Node's `Atomics.wait` does.
    public enum WaitResult: String, Sendable {
        /// Woken by ``notify(_:count:)``.
        case ok
        /// The cell did not hold the expected value; nothing was waited for.
        case notEqual = "not-equal"
        /// The timeout passed first.
        case timedOut = "timed-out"
    }

    private func cell(_ index: Int) -> UnsafeMutablePointer<Atomic<Int32>> {
        // A misuse trap keeps its message in optimised builds, where `precondition` drops it.
        if index < 0 || index >= count { fatalError("SharedBuffer: index \(index) out of range 0..<\(count)") }
        return cells + index
    }

    /// The cell's value (`Atomics.load`).
    public func load(_ index: Int) -> Int32 { cell(index).pointee.load(ordering: .sequentiallyConsistent) }

    /// Stores `value`, returning it (`Atomics.store`).
    @discardableResult
    public func store(_ index: Int, _ value: Int32) -> Int32 {
        cell(index).pointee.store(value, ordering: .sequentiallyConsistent)
        return value
    }

    /// Adds `value` (wrapping), returning the old value (`Atomics.add`).
    @discardableResult
    public func add(_ index: Int, _ value: Int32) -> Int32 {
        cell(index).pointee.wrappingAdd(value, ordering: .sequentiallyConsistent).oldValue
    }

    /// Subtracts `value` (wrapping), returning the old value (`Atomics.sub`).
    @discardableResult
    public func sub(_ index: Int, _ value: Int32) -> Int32 {
        cell(index).pointee.wrappingSubtract(value, ordering: .sequentiallyConsistent).oldValue
    }

    /// Stores `value`, returning the old value (`Atomics.exchange`).
    @discardableResult
    public func exchange(_ index: Int, _ value: Int32) -> Int32 {
        cell(index).pointee.exchange(value, ordering: .sequentiallyConsistent)
    }

    /// Stores `replacement` if the cell holds `expected`; returns the old value either way
    /// (`Atomics.compareExchange`).
    @discardableResult
    public func compareExchange(_ index: Int, _ expected: Int32, _ replacement: Int32) -> Int32 {
        cell(index).pointee.compareExchange(
            expected: expected, desired: replacement, ordering: .sequentiallyConsistent
        ).original
    }

    /// Blocks the calling thread while the cell holds `value`, until ``notify(_:count:)`` wakes
    /// it or `timeout` milliseconds pass (`Atomics.wait`; nil waits for ever).
    public func wait(_ index: Int, _ value: Int32, timeout: Double? = nil) -> WaitResult {
        _ = cell(index)
        // As in Node, NaN and infinite (or absurdly long) timeouts wait for ever.
        let timeout = timeout.flatMap { $0.isFinite && $0 < 1e12 ? $0 : nil }
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        guard load(index) == value else { return .notEqual }
        let waiter = Waiter(index: index)
        waiters.append(waiter)
        var deadline = timespec()
        if let timeout {
            clock_gettime(CLOCK_REALTIME, &deadline)
            let nanoseconds = Int(deadline.tv_nsec) + Int(max(0, timeout) * 1_000_000)
            deadline.tv_sec += nanoseconds / 1_000_000_000
            deadline.tv_nsec = .init(nanoseconds % 1_000_000_000)
        }
        while !waiter.isWoken {
            if timeout == nil {
                pthread_cond_wait(condition, mutex)
            } else if pthread_cond_timedwait(condition, mutex, &deadline) == ETIMEDOUT {
                break
            }
        }
        if waiter.isWoken { return .ok }
        waiters.removeAll { $0 === waiter }
        return .timedOut
    }

    /// Wakes up to `count` threads waiting on the cell (all if nil), oldest first; returns how
    /// many it woke (`Atomics.notify`).
    @discardableResult
    public func notify(_ index: Int, count: Int? = nil) -> Int {
        _ = cell(index)
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        var woken = 0
        waiters.removeAll { waiter in
            guard waiter.index == index, woken < (count ?? Int.max) else { return false }
            waiter.isWoken = true
            woken += 1
            return true
        }
        if woken > 0 { pthread_cond_broadcast(condition) }
        return woken
    }
}
