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
/// let counter = try SharedBuffer(count: 1)
/// for _ in 0..<4 { Worker(workerData: counter) { try (workerThreads.workerData as! SharedBuffer).add(0, 1) } }
/// ```
///
/// Bad input throws Node's errors rather than trapping: a negative `count` is
/// `RangeError: Invalid array buffer length`, and every operation on an index outside
/// `0..<count` is `RangeError: Invalid atomic access index`, as `Atomics` throws them.
///
/// ``wait(_:_:timeout:)`` blocks the calling thread. Node allows `Atomics.wait` on its main
/// thread (only browsers forbid it), so NodeLoop allows it on any loop's thread too; it stops
/// that loop until woken.
public final class SharedBuffer: @unchecked Sendable {
    // `cells` is allocated once and only accessed through atomic operations; `waiters` only with
    // `mutex` held; `condition` is used with `mutex`.
    private let cells: UnsafeMutablePointer<Atomic<Int32>>
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private let condition: UnsafeMutablePointer<pthread_cond_t>
    private var waiters: [Waiter] = []

    private final class Waiter {
        let index: Int
        var isWoken = false
        init(index: Int) { self.index = index }
    }

    /// The number of `Int32` cells.
    public let count: Int

    /// A buffer of `count` cells, all zero: `new Int32Array(new SharedArrayBuffer(4 * count))`.
    ///
    /// - Throws: `RangeError: Invalid array buffer length` when `count` is negative or its bytes
    ///   pass 2^53 - 1, and `RangeError: Array buffer allocation failed` when the memory cannot
    ///   be had, as `new SharedArrayBuffer` throws them.
    public init(count: Int) throws {
        let (bytes, overflow) = count.multipliedReportingOverflow(by: MemoryLayout<Int32>.stride)
        guard count >= 0, !overflow, Int64(bytes) <= Self.maxByteLength else {
            throw NodeError("Invalid array buffer length", name: "RangeError")
        }
        // calloc gives zeroed memory, which is what an `Atomic<Int32>` of 0 holds, without
        // touching every page of a large buffer; and it fails with nil instead of trapping.
        guard let memory = calloc(max(1, count), MemoryLayout<Atomic<Int32>>.stride) else {
            throw NodeError("Array buffer allocation failed", name: "RangeError")
        }
        self.count = count
        cells = memory.bindMemory(to: Atomic<Int32>.self, capacity: max(1, count))
        // Allocated after the checks: a throwing init runs no deinit to free them.
        mutex = .allocate(capacity: 1)
        condition = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
    }

    /// JavaScript's largest array buffer, in bytes: `Number.MAX_SAFE_INTEGER`.
    private static let maxByteLength: Int64 = 9_007_199_254_740_991

    deinit {
        // `Atomic<Int32>` is trivially destroyed: the memory goes back as it came.
        free(cells)
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

    /// The cell at `index`, or Node's `RangeError: Invalid atomic access index`, which every
    /// `Atomics` operation throws for an index outside the array.
    private func cell(_ index: Int) throws -> UnsafeMutablePointer<Atomic<Int32>> {
        guard index >= 0 && index < count else {
            throw NodeError("Invalid atomic access index", name: "RangeError")
        }
        return cells + index
    }

    /// The cell's value (`Atomics.load`).
    public func load(_ index: Int) throws -> Int32 { try cell(index).pointee.load(ordering: .sequentiallyConsistent) }

    /// Stores `value`, returning it (`Atomics.store`).
    @discardableResult
    public func store(_ index: Int, _ value: Int32) throws -> Int32 {
        try cell(index).pointee.store(value, ordering: .sequentiallyConsistent)
        return value
    }

    /// Adds `value` (wrapping), returning the old value (`Atomics.add`).
    @discardableResult
    public func add(_ index: Int, _ value: Int32) throws -> Int32 {
        try cell(index).pointee.wrappingAdd(value, ordering: .sequentiallyConsistent).oldValue
    }

    /// Subtracts `value` (wrapping), returning the old value (`Atomics.sub`).
    @discardableResult
    public func sub(_ index: Int, _ value: Int32) throws -> Int32 {
        try cell(index).pointee.wrappingSubtract(value, ordering: .sequentiallyConsistent).oldValue
    }

    /// Stores `value`, returning the old value (`Atomics.exchange`).
    @discardableResult
    public func exchange(_ index: Int, _ value: Int32) throws -> Int32 {
        try cell(index).pointee.exchange(value, ordering: .sequentiallyConsistent)
    }

    /// Stores `replacement` if the cell holds `expected`; returns the old value either way
    /// (`Atomics.compareExchange`).
    @discardableResult
    public func compareExchange(_ index: Int, _ expected: Int32, _ replacement: Int32) throws -> Int32 {
        try cell(index).pointee.compareExchange(
            expected: expected, desired: replacement, ordering: .sequentiallyConsistent
        ).original
    }

    /// Blocks the calling thread while the cell holds `value`, until ``notify(_:count:)`` wakes
    /// it or `timeout` milliseconds pass (`Atomics.wait`; nil waits for ever).
    public func wait(_ index: Int, _ value: Int32, timeout: Double? = nil) throws -> WaitResult {
        let cell = try cell(index)
        // As in Node, NaN and infinite (or absurdly long) timeouts wait for ever.
        let timeout = timeout.flatMap { $0.isFinite && $0 < 1e12 ? $0 : nil }
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        guard cell.pointee.load(ordering: .sequentiallyConsistent) == value else { return .notEqual }
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
    /// many it woke (`Atomics.notify`). A negative `count` wakes none, as in Node.
    @discardableResult
    public func notify(_ index: Int, count: Int? = nil) throws -> Int {
        _ = try cell(index)
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
