import Foundation
import Synchronization
import Testing
@testable import NodeLoop

/// The CPU-bound forms of the patterns run each item on the thread pool, within the same bound,
/// and hand results back to the loop in input order.
@Suite struct ThreadPoolPatternsTests {
    /// Counts the items running on pool threads at once, and the most seen.
    final class PoolGauge: Sendable {
        private let counts = Mutex((running: 0, peak: 0))

        var peak: Int { counts.withLock { $0.peak } }

        /// Runs `work` as one item in flight. The first items wait (up to two seconds) until
        /// `expected` are in flight together, so that the peak does not depend on timing.
        func measure<Value>(expected: Int, _ work: () -> Value) -> Value {
            counts.withLock { counts in
                counts.running += 1
                counts.peak = max(counts.peak, counts.running)
            }
            let deadline = Date().addingTimeInterval(2)
            while peak < expected && Date() < deadline { usleep(1_000) }
            defer { counts.withLock { $0.running -= 1 } }
            return work()
        }
    }

    @Test func mapLimitOnThePoolKeepsItsBoundAndInputOrder() throws {
        let gauge = PoolGauge()
        var values: [Int?] = []
        var ranOffTheLoop = false
        let loopThread = pthread_self()
        let offLoop = Mutex(true)
        let loop = EventLoop()
        loop.run {
            mapLimit(Array(0..<12), concurrency: 2, onThreadPool: { item in
                gauge.measure(expected: 2) {
                    if pthread_equal(pthread_self(), loopThread) != 0 { offLoop.withLock { $0 = false } }
                    return item * item
                }
            }).then { outcomes in values = outcomes.map(\.value) }
        }
        try loop.close()
        ranOffTheLoop = offLoop.withLock { $0 }
        #expect(gauge.peak == 2)
        #expect(values == (0..<12).map { $0 * $0 })
        #expect(ranOffTheLoop)
    }

    @Test func aThrowOnThePoolFailsOnlyItsItem() throws {
        var outcomes: [String] = []
        let loop = EventLoop()
        loop.run {
            mapLimit(["1", "two", "3"], onThreadPool: { text -> Int in
                guard let number = Int(text) else { throw NodeError("not a number: \(text)") }
                return number
            }).then { results in
                outcomes = results.map { $0.value.map(String.init) ?? $0.error?.message ?? "?" }
            }
        }
        try loop.close()
        #expect(outcomes == ["1", "not a number: two", "3"])
    }

    @Test func mapReduceMapsOnThePoolAndFoldsInInputOrder() throws {
        let gauge = PoolGauge()
        var folded: String?
        let loop = EventLoop()
        loop.run {
            mapReduce(
                ["a", "b", "c", "d", "e", "f"], concurrency: 3,
                mapOnThreadPool: { letter in gauge.measure(expected: 3) { letter.uppercased() } },
                initial: ""
            ) { $0 + $1 }.then { folded = $0 }
        }
        try loop.close()
        #expect(folded == "ABCDEF")
        #expect(gauge.peak == 3)
    }

    @Test func aPipelineStageOnThePoolSitsBetweenLoopStages() throws {
        let gauge = PoolGauge()
        var results: [String]?
        let loop = EventLoop()
        loop.run {
            Pipeline(Array(1...10))
                .stage("read") { n in Promise.delay(1).then { n } }
                .stage("square", concurrency: 2, onThreadPool: { n in gauge.measure(expected: 2) { n * n } })
                .stage("label") { n in Promise.resolve("#\(n)") }
                .run(buffer: 3)
                .then { results = $0 }
        }
        try loop.close()
        #expect(results == (1...10).map { "#\($0 * $0)" })
        #expect(gauge.peak == 2)
    }
}
