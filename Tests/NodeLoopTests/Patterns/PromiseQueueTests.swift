import Testing
@testable import NodeLoop

/// PromiseQueue runs by priority within its concurrency, pauses, reports empty and idle, and
/// honours aborts and time limits.
@Suite struct PromiseQueueTests {
    @Test func higherPriorityRunsFirstAndEqualPrioritiesInOrder() throws {
        var started: [String] = []
        let loop = EventLoop()
        loop.run {
            let queue = try PromiseQueue(concurrency: 1, autoStart: false)
            for (name, priority) in [("low a", 0), ("high", 5), ("low b", 0), ("mid", 2)] {
                queue.add(priority: priority) { () -> Promise<Void> in
                    started.append(name)
                    return Promise.delay(1)
                }
            }
            #expect(queue.size == 4)
            queue.start()
        }
        try loop.close()
        #expect(started == ["high", "mid", "low a", "low b"])
    }

    @Test func neverMoreThanTheConcurrencyRunAtOnce() throws {
        var running = 0
        var peak = 0
        var finished = 0
        let loop = EventLoop()
        loop.run {
            let queue = try PromiseQueue(concurrency: 3)
            for n in 0..<20 {
                queue.add { () -> Promise<Void> in
                    running += 1
                    peak = max(peak, running)
                    #expect(queue.pending == running)
                    return Promise.delay(Double(n % 4)).then { () -> Void in
                        running -= 1
                        finished += 1
                    }
                }
            }
        }
        try loop.close()
        #expect(peak == 3)
        #expect(finished == 20)
    }

    @Test func pauseStopsNewTasksAndOnIdleWaitsForTheRunningOnes() throws {
        var log: [String] = []
        let loop = EventLoop()
        loop.run {
            let queue = try PromiseQueue(concurrency: 2)
            for n in 1...4 {
                queue.add { () -> Promise<Void> in
                    log.append("start \(n)")
                    return Promise.delay(10)
                }
            }
            queue.pause()
            queue.onEmpty().then { log.append("empty") }
            queue.onIdle().then { log.append("idle") }
            setTimeout(30) {
                log.append("resume with \(queue.pending) running, \(queue.size) waiting")
                queue.start()
            }
        }
        try loop.close()
        #expect(log == ["start 1", "start 2", "resume with 0 running, 2 waiting", "start 3", "start 4", "empty", "idle"])
    }

    @Test func anAbortedWaitingTaskIsRemovedAndRejects() throws {
        var outcomes: [String] = []
        let loop = EventLoop()
        loop.run {
            let queue = try PromiseQueue(concurrency: 1)
            let controller = AbortController()
            queue.add { Promise.delay(10) }
            queue.add(signal: controller.signal) { () -> Promise<Void> in
                outcomes.append("aborted task ran")
                return Promise.resolve(())
            }.catch { error -> Void in outcomes.append(error.name) }
            controller.abort()
            outcomes.append("waiting \(queue.size)")
        }
        try loop.close()
        #expect(outcomes == ["waiting 0", "AbortError"])
    }

    @Test func aTaskPastItsTimeLimitRejectsWithATimeoutError() throws {
        var outcome: String?
        let loop = EventLoop()
        loop.run {
            let queue = try PromiseQueue(timeout: 10)
            queue.add { Promise.delay(100) }.catch { error -> Void in outcome = "\(error.name): \(error.message)" }
        }
        try loop.close()
        #expect(outcome == "TimeoutError: Promise timed out after 10 milliseconds")
    }
}
