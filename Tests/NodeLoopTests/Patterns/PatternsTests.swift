import Testing
@testable import NodeLoop

/// Concurrency limits, retries and time limits: the rules the twins do not show.
@Suite struct PatternsTests {
    @Test func neverMoreThanTheLimitRunAtOnce() throws {
        var peak = 0
        var finished = 0
        let loop = EventLoop()
        loop.run {
            let limit = try ConcurrencyLimit(3)
            for index in 0..<20 {
                limit {
                    peak = max(peak, limit.activeCount)
                    return Promise<Int> { resolve, _ in setTimeout(Double(index % 4)) { resolve(index) } }
                }.then { _ in finished += 1 }
            }
        }
        try loop.close()
        #expect(peak == 3)
        #expect(finished == 20)
    }

    @Test func aThrowingFunctionRejectsAndFreesItsSlot() throws {
        var outcomes: [String] = []
        let loop = EventLoop()
        loop.run {
            let limit = try ConcurrencyLimit(1)
            limit { () throws -> Promise<Int> in throw NodeError("refused") }
                .catch { error -> Void in outcomes.append(error.message) }
            limit { Promise.resolve(2) }.then { outcomes.append("fulfilled \($0)") }
        }
        try loop.close()
        #expect(outcomes == ["refused", "fulfilled 2"])
    }

    @Test func clearQueueDropsTheWaitingFunctions() throws {
        var started: [Int] = []
        let loop = EventLoop()
        loop.run {
            let limit = try ConcurrencyLimit(1)
            for index in 0..<3 {
                limit { () -> Promise<Void> in
                    started.append(index)
                    return Promise.delay(5)
                }
            }
            #expect(limit.pendingCount == 2)
            limit.clearQueue()
            #expect(limit.pendingCount == 0)
        }
        try loop.close()
        #expect(started == [0])
    }

    /// A bad count from configuration is a Node-style RangeError, never a crash: thrown by the
    /// constructors, and a rejection from the helpers that return promises.
    @Test func aCountBelowOneIsARangeError() throws {
        func code(_ make: () throws -> Any) -> String? {
            do { _ = try make() } catch { return (error as? NodeError).map { "\($0.name) \($0.code ?? "") \($0.message)" } }
            return nil
        }
        #expect(code { try ConcurrencyLimit(0) } == "RangeError ERR_OUT_OF_RANGE The value of \"concurrency\" is out of range. It must be >= 1. Received 0")
        #expect(code { try PromiseQueue(concurrency: -2) } == "RangeError ERR_OUT_OF_RANGE The value of \"concurrency\" is out of range. It must be >= 1. Received -2")
        #expect(code { try RateLimiter(limit: 0, interval: 100) } == "RangeError ERR_OUT_OF_RANGE The value of \"limit\" is out of range. It must be >= 1. Received 0")
        #expect(code { try RateLimiter(limit: 1, interval: 0) } == "RangeError ERR_OUT_OF_RANGE The value of \"interval\" is out of range. It must be > 0. Received 0")
        #expect(code { try batches([1], size: 0) } == "RangeError ERR_OUT_OF_RANGE The value of \"size\" is out of range. It must be >= 1. Received 0")
        var rejections: [String] = []
        try runOnFreshLoop {
            let record = { (error: any Error) -> Void in rejections.append(error.message) }
            mapLimit([1], concurrency: 0) { item, _ in Promise.resolve(item) }.catch(record)
            mapReduce([1], concurrency: 0, map: { Promise.resolve($0) }, initial: 0, reduce: +).catch(record)
            Pipeline([1]).stage("double", concurrency: 0) { Promise.resolve($0 * 2) }.run().catch(record)
            Pipeline([1]).stage("double") { Promise.resolve($0 * 2) }.run(buffer: 0).catch(record)
        }
        #expect(rejections == [
            "The value of \"concurrency\" is out of range. It must be >= 1. Received 0",
            "The value of \"concurrency\" is out of range. It must be >= 1. Received 0",
            "The value of \"concurrency\" is out of range. It must be >= 1. Received 0",
            "The value of \"buffer\" is out of range. It must be >= 1. Received 0",
        ])
    }

    @Test func retryWaitsGrowByTheFactorUpToTheMaximum() {
        let options = RetryOptions(factor: 3, minTimeout: 100, maxTimeout: 1_000)
        #expect((1...4).map(options.delay(beforeRetry:)) == [100, 300, 900, 1_000])
        let jittered = RetryOptions(factor: 2, minTimeout: 100, randomize: true).delay(beforeRetry: 2)
        #expect((200...400).contains(jittered))
    }

    @Test func shouldRetryCanStopEarly() throws {
        var attempts = 0
        var reason: String?
        let loop = EventLoop()
        loop.run {
            let options = RetryOptions(retries: 5, minTimeout: 1, shouldRetry: { error, _ in error.message != "fatal" })
            Promise<Int>.retry(options) { attempt in
                attempts = attempt
                return Promise.reject(NodeError(attempt == 2 ? "fatal" : "transient"))
            }.catch { error -> Void in reason = error.message }
        }
        try loop.close()
        #expect(attempts == 2)
        #expect(reason == "fatal")
    }
}
