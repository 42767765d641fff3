import Testing
@testable import NodeLoop

/// RateLimiter never lets more starts through than its rate allows, and serves waiting callers
/// in the order they came.
@Suite struct RateLimiterTests {
    private func starts(_ strategy: RateLimiter.Strategy, calls: Int, limit: Int, interval: Double) throws -> [(id: Int, at: Double)] {
        var started: [(id: Int, at: Double)] = []
        let loop = EventLoop()
        loop.run {
            let limiter = try RateLimiter(limit: limit, interval: interval, strategy: strategy)
            for id in 0..<calls {
                limiter { () -> Promise<Void> in
                    started.append((id, performance.now()))
                    return Promise.resolve(())
                }
            }
        }
        try loop.close()
        return started
    }

    @Test func aSlidingWindowNeverLetsMoreThanTheLimitStartInAnyInterval() throws {
        let started = try starts(.slidingWindow, calls: 10, limit: 3, interval: 40)
        #expect(started.map(\.id) == Array(0..<10))
        for (index, start) in started.enumerated() {
            let inWindow = started[index...].prefix { $0.at - start.at < 40 }
            #expect(inWindow.count <= 3, "starts within 40 ms of start \(index): \(inWindow.count)")
        }
        // Ten starts at three per 40 ms take at least three full intervals.
        #expect((started.last?.at ?? 0) - (started.first?.at ?? 0) >= 120)
    }

    @Test func aTokenBucketAllowsABurstThenTheSteadyRate() throws {
        let started = try starts(.tokenBucket, calls: 8, limit: 4, interval: 40)
        #expect(started.map(\.id) == Array(0..<8))
        let first = started.first?.at ?? 0
        // The full bucket lets four go at once; the next four come one per refilled token (10 ms).
        #expect(started.prefix(4).allSatisfy { $0.at - first < 5 })
        for index in 4..<8 {
            #expect(started[index].at - first >= Double(index - 3) * 10)
        }
    }
}
