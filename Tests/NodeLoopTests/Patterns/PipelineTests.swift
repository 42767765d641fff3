import Testing
@testable import NodeLoop

/// Items flow through every stage in input order, each stage within its concurrency and behind a
/// bounded buffer; the first failure names its stage.
@Suite struct PipelineTests {
    @Test func resultsComeOutInInputOrderThroughEveryStage() throws {
        var results: [String]?
        var peaks = [0, 0]
        var running = [0, 0]
        let loop = EventLoop()
        loop.run {
            Pipeline(Array(1...20))
                .stage("double", concurrency: 3) { (n: Int) -> Promise<Int> in
                    running[0] += 1
                    peaks[0] = max(peaks[0], running[0])
                    return Promise.delay(Double(n % 3)).then { () -> Int in
                        running[0] -= 1
                        return n * 2
                    }
                }
                .stage("label", concurrency: 2) { (n: Int) -> Promise<String> in
                    running[1] += 1
                    peaks[1] = max(peaks[1], running[1])
                    return Promise.delay(1).then { () -> String in
                        running[1] -= 1
                        return "#\(n)"
                    }
                }
                .run(buffer: 2)
                .then { results = $0 }
        }
        try loop.close()
        #expect(results == (1...20).map { "#\($0 * 2)" })
        #expect(peaks == [3, 2])
    }

    @Test func aFullBufferHoldsBackTheStageBeforeIt() throws {
        var started = 0
        var startedWhenSlowStageFreed = 0
        let loop = EventLoop()
        loop.run {
            let gate = Promise<Void>.withResolvers()
            _ = Pipeline(Array(0..<50))
                .stage("fast", concurrency: 10) { (n: Int) -> Promise<Int> in
                    started += 1
                    return Promise.resolve(n)
                }
                .stage("slow", concurrency: 1) { (n: Int) -> Promise<Int> in gate.promise.then { n } }
                .run(buffer: 4)
            setTimeout(10) {
                startedWhenSlowStageFreed = started
                gate.resolve(())
            }
        }
        try loop.close()
        // While "slow" is stuck: one item in it, four in its buffer, ten finished in "fast"
        // waiting for room, and four more in front of "fast".
        #expect(startedWhenSlowStageFreed == 15)
        #expect(started == 50)
    }

    @Test func theFirstFailureRejectsWithItsStageAndItem() throws {
        var failure: PipelineError?
        let loop = EventLoop()
        loop.run {
            Pipeline(Array(0..<10))
                .stage("check", concurrency: 2) { (n: Int) -> Promise<Int> in
                    n == 4 ? Promise.reject(NodeError("bad item")) : Promise.resolve(n)
                }
                .run()
                .catch { error -> Void in failure = error as? PipelineError }
        }
        try loop.close()
        #expect(failure?.stage == "check")
        #expect(failure?.index == 4)
        #expect(failure?.message == "stage 'check' failed on item 4: bad item")
    }
}
