import Foundation
import Synchronization
import Testing
@testable import NodeLoop

/// The CPU-bound forms of the patterns run each item on the thread pool, within the same bound,
/// and hand results back to the loop in input order.
@Suite struct ThreadPoolPatternsTests {
    @Test func mapLimitOnThePoolKeepsItsBoundAndInputOrder() throws {
        let gauge = ConcurrencyGauge()
        var values: [Int?] = []
        let loopThread = pthread_self()
        let ranOffTheLoop = Mutex(true)
        let loop = EventLoop()
        loop.run {
            mapLimit(Array(0..<12), concurrency: 2, onThreadPool: { item in
                gauge.occupy(until: 2) {
                    if pthread_equal(pthread_self(), loopThread) != 0 { ranOffTheLoop.withLock { $0 = false } }
                    return item * item
                }
            }).then { outcomes in values = outcomes.map(\.value) }
        }
        try loop.close()
        #expect(gauge.peak == 2)
        #expect(values == (0..<12).map { $0 * $0 })
        #expect(ranOffTheLoop.withLock { $0 })
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
        let gauge = ConcurrencyGauge()
        var folded: String?
        let loop = EventLoop()
        loop.run {
            mapReduce(
                ["a", "b", "c", "d", "e", "f"], concurrency: 3,
                mapOnThreadPool: { letter in gauge.occupy(until: 3) { letter.uppercased() } },
                initial: ""
            ) { $0 + $1 }.then { folded = $0 }
        }
        try loop.close()
        #expect(folded == "ABCDEF")
        #expect(gauge.peak == 3)
    }

    @Test func aPipelineStageOnThePoolSitsBetweenLoopStages() throws {
        let gauge = ConcurrencyGauge()
        var results: [String]?
        let loop = EventLoop()
        loop.run {
            Pipeline(Array(1...10))
                .stage("read") { n in Promise.delay(1).then { n } }
                .stage("square", concurrency: 2, onThreadPool: { n in gauge.occupy(until: 2) { n * n } })
                .stage("label") { n in Promise.resolve("#\(n)") }
                .run(buffer: 3)
                .then { results = $0 }
        }
        try loop.close()
        #expect(results == (1...10).map { "#\($0 * $0)" })
        #expect(gauge.peak == 2)
    }
}
