#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A value shared between threads, guarded by a pthread mutex.
///
/// NodeLoop uses this rather than `Synchronization.Mutex` because ThreadSanitizer understands
/// pthread mutexes but not the raw futex calls `Mutex` makes on Linux, and reports false races
/// through it; the cross-thread code must run clean under `make tsan`.
final class Locked<State: Sendable>: @unchecked Sendable {
    // `state` is read and written only inside `withLock`, with `mutex` held.
    private var state: State
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

    init(_ state: State) {
        self.state = state
        let status = pthread_mutex_init(mutex, nil)
        precondition(status == 0, "NodeLoop: pthread_mutex_init failed")
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    func withLock<Result>(_ body: (inout State) throws -> Result) rethrows -> Result {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&state)
    }
}
