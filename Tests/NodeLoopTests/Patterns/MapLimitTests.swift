import Testing
@testable import NodeLoop

/// mapLimit keeps its bound and input order, counts progress once per item, stops on the first
/// error when asked, and retries with growing waits.
@Suite struct MapLimitTests {
    @Test func neverMoreThanTheConcurrencyInFlightAndResultsInInputOrder() throws {
        var inFlight = 0
        var peak = 0
        var values: [Int?] = []
        let loop = EventLoop()
        loop.run {
            mapLimit(Array(0..<30), concurrency: 4) { item, index -> Promise<Int> in
                inFlight += 1
                peak = max(peak, inFlight)
                return Promise.delay(Double((index * 7) % 5)).then { () -> Int in
                    inFlight -= 1
                    return item * 2
                }
            }.then { outcomes in values = outcomes.map(\.value) }
        }
        try loop.close()
        #expect(peak == 4)
        #expect(values == (0..<30).map { $0 * 2 })
    }

    @Test func progressCountsEveryItemOnceWithItsFailures() throws {
        var reports: [MapProgress] = []
        var failedIndexes: [Int] = []
        let loop = EventLoop()
        loop.run {
            let options = MapLimitOptions(progress: { reports.append($0) })
            mapLimit(Array(0..<10), concurrency: 3, options: options) { item, _ -> Promise<Int> in
                item % 3 == 0 ? Promise.reject(NodeError("item \(item) failed")) : Promise.resolve(item)
            }.then { outcomes in
                failedIndexes = outcomes.indices.filter { !outcomes[$0].isSuccess }
            }
        }
        try loop.close()
        #expect(reports.count == 10)
        #expect(reports.last == MapProgress(completed: 6, failed: 4, total: 10))
        #expect(zip(reports, reports.dropFirst()).allSatisfy { $1.completed + $1.failed == $0.completed + $0.failed + 1 })
        #expect(failedIndexes == [0, 3, 6, 9])
    }

    /// The item that takes the slot the failure frees starts in the same step as the failure
    /// settles, before it is seen (as in the `patterns/map-limit-keeps-input-order` twin); every
    /// item after it never starts.
    @Test func stopOnFirstErrorNeverStartsTheItemsStillWaiting() throws {
        var started: [Int] = []
        var outcomes: [String] = []
        let loop = EventLoop()
        loop.run {
            mapLimit(Array(0..<6), concurrency: 1, options: MapLimitOptions(stopOnFirstError: true)) { item, _ -> Promise<Int> in
                started.append(item)
                return item == 2 ? Promise.reject(NodeError("broken")) : Promise.delay(1).then { item }
            }.then { results in
                outcomes = results.map { outcome in
                    if let value = outcome.value { return "\(value)" }
                    return outcome.error as? MapLimitError == .notStarted ? "not started" : "failed"
                }
            }
        }
        try loop.close()
        #expect(started == [0, 1, 2, 3])
        #expect(outcomes == ["0", "1", "failed", "3", "not started", "not started"])
    }

    @Test func retriesAnItemUntilItSucceedsWaitingLongerEachTime() throws {
        var attemptTimes: [Double] = []
        var value: Int?
        let loop = EventLoop()
        loop.run {
            let retry = RetryOptions(retries: 3, factor: 2, minTimeout: 20)
            mapLimit([7], concurrency: 1, options: MapLimitOptions(retry: retry)) { item, _ -> Promise<Int> in
                attemptTimes.append(performance.now())
                return attemptTimes.count < 3 ? Promise.reject(NodeError("not yet")) : Promise.resolve(item)
            }.then { outcomes in value = outcomes.first?.value }
        }
        try loop.close()
        #expect(value == 7)
        #expect(attemptTimes.count == 3)
        let waits = zip(attemptTimes, attemptTimes.dropFirst()).map { $1 - $0 }
        // A timer never fires early, so each wait is at least its delay (20 ms, then 40 ms).
        #expect(waits.count == 2 && waits[0] >= 19 && waits[1] >= 39)
    }

    @Test func aTimeLimitFailsOnlyTheSlowItem() throws {
        var outcomes: [String] = []
        let loop = EventLoop()
        loop.run {
            mapLimit([5, 200, 5], concurrency: 3, options: MapLimitOptions(timeout: 50)) { ms, _ -> Promise<Double> in
                Promise.delay(Double(ms)).then { Double(ms) }
            }.then { results in
                outcomes = results.map { $0.value.map { "\(Int($0))" } ?? ($0.error as? NodeError)?.name ?? "?" }
            }
        }
        try loop.close()
        #expect(outcomes == ["5", "TimeoutError", "5"])
    }
}
