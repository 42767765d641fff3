import Testing
@testable import NodeLoop

/// batches, forkJoin and mapReduce compose promises as their names say.
@Suite struct BatchingTests {
    @Test func batchesCutItemsInOrderWithAShorterLastBatch() throws {
        #expect(try batches([1, 2, 3, 4, 5], size: 2) == [[1, 2], [3, 4], [5]])
        #expect(try batches([Int](), size: 3).isEmpty)
    }

    @Test func forkJoinGivesEachResultUnderItsName() throws {
        var results: [String: Int]?
        let loop = EventLoop()
        loop.run {
            forkJoin([
                "slow": { Promise.delay(10).then { 1 } },
                "fast": { Promise.resolve(2) },
            ]).then { results = $0 }
        }
        try loop.close()
        #expect(results == ["slow": 1, "fast": 2])
    }

    @Test func forkJoinRejectsWithTheFirstFailure() throws {
        var reason: String?
        let loop = EventLoop()
        loop.run {
            forkJoin([
                "ok": { Promise.delay(5).then { 1 } },
                "bad": { () throws -> Promise<Int> in throw NodeError("bad task") },
            ]).catch { error -> Void in reason = error.message }
        }
        try loop.close()
        #expect(reason == "bad task")
    }

    @Test func mapReduceFoldsInInputOrderWithLimitedConcurrency() throws {
        var joined: String?
        var peak = 0
        var running = 0
        let loop = EventLoop()
        loop.run {
            mapReduce(["a", "b", "c", "d", "e"], concurrency: 2, map: { letter -> Promise<String> in
                running += 1
                peak = max(peak, running)
                return Promise.delay(letter == "a" ? 20 : 5).then { () -> String in
                    running -= 1
                    return letter.uppercased()
                }
            }, initial: "") { $0 + $1 }
            .then { joined = $0 }
        }
        try loop.close()
        #expect(joined == "ABCDE")
        #expect(peak == 2)
    }
}
