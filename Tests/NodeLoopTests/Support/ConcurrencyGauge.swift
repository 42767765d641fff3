import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Counts closures running at once on other threads (the thread pool's, a worker pool's) and
/// the most seen. Each waits (up to two seconds) until `target` are running together, so that
/// the peak is reached whatever the scheduling, then does its work.
final class ConcurrencyGauge: Sendable {
    private let running = Atomic<Int>(0)
    private let highest = Atomic<Int>(0)

    var peak: Int { highest.load(ordering: .acquiring) }

    func occupy<Value>(until target: Int, _ work: () -> Value) -> Value {
        let now = running.add(1, ordering: .acquiringAndReleasing).newValue
        highest.max(now, ordering: .acquiringAndReleasing)
        var waited = 0
        while highest.load(ordering: .acquiring) < target && waited < 2_000 {
            usleep(1_000)
            waited += 1
        }
        defer { running.subtract(1, ordering: .acquiringAndReleasing) }
        return work()
    }

    func occupy(until target: Int) {
        occupy(until: target) {}
    }
}
