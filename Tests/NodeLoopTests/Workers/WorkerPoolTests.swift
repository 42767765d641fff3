import Synchronization
import Testing
@testable import NodeLoop
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the pool's worker threads tell the test: which tasks started, in order; and a gate
/// that holds them. (How many run at once is `ConcurrencyGauge`'s job.)
private final class Probe: Sendable {
    let started = Atomic<Int>(0)
    let gateOpen = Atomic<Bool>(false)
    let order = Mutex<[Int]>([])

    /// Records a task's start.
    func enter(_ task: Int) {
        order.withLock { $0.append(task) }
        started.add(1, ordering: .sequentiallyConsistent)
    }

    /// Blocks the calling worker until the test opens the gate.
    func waitForGate() {
        while !gateOpen.load(ordering: .sequentiallyConsistent) { sched_yield() }
    }

    func openGate() { gateOpen.store(true, ordering: .sequentiallyConsistent) }

    var ran: [Int] { order.withLock { $0 } }
}

private func code(_ error: any Error) -> String? { (error as? NodeError)?.code }

/// A WorkerPool runs tasks in order on at most `threads` workers, rejects what it cannot take,
/// survives errors and crashed workers, and drains or stops on request.
@Suite struct WorkerPoolTests {
    @Test func tasksStartInTheOrderTheyWereGiven() throws {
        let probe = Probe()
        var results: [Int] = []
        let loop = EventLoop()
        loop.run {
            let pool = WorkerPool<Int, Int>(threads: 1) { task in
                probe.enter(task)
                return task * 10
            }
            for task in 0..<20 { pool.run(task).then { results.append($0) } }
            pool.close()
        }
        try loop.close()
        #expect(probe.ran == Array(0..<20))
        #expect(results == (0..<20).map { $0 * 10 })
    }

    @Test func noMoreThanThreadsTasksRunAtOnce() throws {
        let gauge = ConcurrencyGauge()
        var fulfilled = 0
        let loop = EventLoop()
        loop.run {
            // The first three wait for each other, so that three surely run at once.
            let pool = WorkerPool<Int, Int>(threads: 3) { task in gauge.occupy(until: 3) { task } }
            for task in 0..<30 { pool.run(task).then { _ in fulfilled += 1 } }
            pool.close()
        }
        try loop.close()
        #expect(fulfilled == 30)
        #expect(gauge.peak == 3)
    }

    @Test func aFullQueueRejectsRunAtOnce() throws {
        let probe = Probe()
        var outcomes: [String] = []
        let loop = EventLoop()
        loop.run {
            let pool = WorkerPool<Int, Int>(threads: 1, maxQueue: 2) { task in
                probe.waitForGate()
                return task
            }
            for task in 1...3 { pool.run(task).then { outcomes.append("ok \($0)") } }
            pool.run(4).catch { (error: any Error) -> Void in
                outcomes.append("rejected 4 \(code(error) ?? "?") \(error.message) queued=\(pool.queued)")
                probe.openGate()
            }
            pool.close()
        }
        try loop.close()
        #expect(outcomes == ["rejected 4 ERR_WORKER_POOL_QUEUE_FULL Task queue is at limit queued=2", "ok 1", "ok 2", "ok 3"])
    }

    @Test func anAbortedQueuedTaskRejectsAndNeverRuns() throws {
        let probe = Probe()
        var outcomes: [String] = []
        let loop = EventLoop()
        loop.run {
            let pool = WorkerPool<Int, Int>(threads: 1) { task in
                probe.enter(task)
                if task == 1 { probe.waitForGate() }
                return task
            }
            let controller = AbortController()
            pool.run(1).then { outcomes.append("ok \($0)") }
            pool.run(2, signal: controller.signal).catch { (error: any Error) -> Void in
                outcomes.append("\((error as? AbortError)?.code ?? "?") queued=\(pool.queued)")
                probe.openGate()
            }
            pool.run(3).then { outcomes.append("ok \($0)") }
            controller.abort()
            pool.close()
        }
        try loop.close()
        #expect(outcomes == ["ABORT_ERR queued=1", "ok 1", "ok 3"])
        #expect(probe.ran == [1, 3])
    }

    @Test func anAbortedRunningTaskRejectsAtOnceAndItsResultIsDropped() throws {
        let probe = Probe()
        var outcomes: [String] = []
        let loop = EventLoop()
        loop.run {
            let pool = WorkerPool<Int, Int>(threads: 1) { task in
                probe.enter(task)
                if task == 1 { probe.waitForGate() }
                return task
            }
            let controller = AbortController()
            pool.run(1, signal: controller.signal)
                .then { outcomes.append("ok \($0)") }
                .catch { (error: any Error) -> Void in
                    // Rejected while the handler still waits at the gate.
                    outcomes.append("\((error as? AbortError)?.name ?? "?") running=\(pool.running)")
                    probe.openGate()
                }
            pool.run(2).then { outcomes.append("ok \($0) completed=\(pool.completed)") }
            // Abort once task 1 has surely started on its worker.
            func abortWhenStarted() {
                if probe.started.load(ordering: .sequentiallyConsistent) > 0 { controller.abort() }
                else { setTimeout(1) { abortWhenStarted() } }
            }
            abortWhenStarted()
            pool.close()
        }
        try loop.close()
        #expect(outcomes == ["AbortError running=1", "ok 2 completed=1"])
        #expect(probe.ran == [1, 2])
    }

    @Test func anErrorThrownByTheHandlerRejectsOnlyThatTask() throws {
        var outcomes: [Int: String] = [:]
        let loop = EventLoop()
        loop.run {
            let pool = WorkerPool<Int, Int>(threads: 2) { task in
                if task == 3 { throw NodeError("bad task \(task)") }
                return task * 2
            }
            for task in 0..<6 {
                pool.run(task)
                    .then { outcomes[task] = "ok \($0)" }
                    .catch { outcomes[task] = "error \($0.message)" }
            }
            pool.close()
        }
        try loop.close()
        #expect(outcomes == [0: "ok 0", 1: "ok 2", 2: "ok 4", 3: "error bad task 3", 4: "ok 8", 5: "ok 10"])
    }

    @Test func aCrashedWorkerIsReplacedAndQueuedTasksStillRun() throws {
        var outcomes: [Int: String] = [:]
        // Workers running when the crash is seen (the pool closes only then): the replacement is
        // already there.
        var threadsAfter = 0
        let loop = EventLoop()
        loop.run {
            let pool = WorkerPool<Int, Int>(threads: 2) { task in
                if task == 3 { try process.exit(7) }
                return task
            }
            for task in 0..<10 {
                pool.run(task)
                    .then { outcomes[task] = "ok \($0)" }
                    .catch { error -> Void in
                        outcomes[task] = "\(code(error) ?? "?") \(error.message)"
                        threadsAfter = pool.threads
                        pool.close()
                    }
            }
        }
        try loop.close()
        var expected = Dictionary(uniqueKeysWithValues: (0..<10).map { ($0, "ok \($0)") })
        expected[3] = "ERR_WORKER_POOL_WORKER_EXITED The worker running the task exited with code 7"
        #expect(outcomes == expected)
        #expect(threadsAfter == 2)
    }

    @Test func closeLetsQueuedTasksFinishThenStopsTheWorkers() throws {
        var events: [String] = []
        let loop = EventLoop()
        loop.run {
            let pool = WorkerPool<Int, Int>(threads: 2) { $0 }
            for task in 0..<10 { pool.run(task).then { _ in events.append("task") } }
            pool.close().then { events.append("closed") }
            pool.run(99).catch { events.append("after close: \(code($0) ?? "?")") }
        }
        try loop.close()
        #expect(events.first == "after close: ERR_WORKER_POOL_CLOSED")
        #expect(events.dropFirst() == ArraySlice(Array(repeating: "task", count: 10) + ["closed"]))
    }

    @Test func destroyRejectsQueuedAndRunningTasksAtOnce() throws {
        let probe = Probe()
        var events: [String] = []
        let loop = EventLoop()
        loop.run {
            let pool = WorkerPool<Int, Int>(threads: 1) { task in
                probe.enter(task)
                probe.waitForGate()
                return task
            }
            for task in 1...3 {
                pool.run(task)
                    .then { events.append("ok \($0)") }
                    .catch { events.append("\(task) \(code($0) ?? "?")") }
            }
            pool.destroy().then { events.append("destroyed") }
            probe.openGate()
        }
        try loop.close()
        #expect(events == [
            "1 ERR_WORKER_POOL_TERMINATED", "2 ERR_WORKER_POOL_TERMINATED", "3 ERR_WORKER_POOL_TERMINATED", "destroyed",
        ])
        #expect(probe.ran.allSatisfy { $0 == 1 })
    }

    @Test func utilizationFiguresCountQueuedRunningAndCompletedTasks() throws {
        let probe = Probe()
        var during: [Int] = []
        var after: [Int] = []
        var meanWait = -1.0
        let loop = EventLoop()
        loop.run {
            let pool = WorkerPool<Int, Int>(threads: 2) { task in
                probe.waitForGate()
                return task
            }
            let all = (0..<6).map { pool.run($0) }
            during = [pool.threads, pool.running, pool.queued, pool.completed]
            probe.openGate()
            Promise.all(all).then { _ in
                after = [pool.threads, pool.running, pool.queued, pool.completed]
                meanWait = pool.meanWait
                pool.close()
            }
        }
        try loop.close()
        #expect(during == [2, 2, 4, 0])
        #expect(after == [2, 0, 0, 6])
        #expect(meanWait >= 0)
    }

    @Test func anIdlePoolLetsTheRunReachBeforeExit() throws {
        var events: [String] = []
        let loop = EventLoop()
        loop.run {
            let pool = WorkerPool<Int, Int>(threads: 2) { $0 + 1 }
            pool.run(1).then { events.append("result \($0)") }
            process.once(.beforeExit) { _ in
                events.append("beforeExit")
                pool.close().then { events.append("closed") }
            }
        }
        try loop.close()
        #expect(events == ["result 2", "beforeExit", "closed"])
    }

    @Test func aThousandSmallTasksThroughFourThreadsAllComeBackRight() throws {
        var results = Array(repeating: -1, count: 1_000)
        let loop = EventLoop()
        loop.run {
            let pool = WorkerPool<Int, Int>(threads: 4) { $0 * $0 }
            for task in 0..<1_000 { pool.run(task).then { results[task] = $0 } }
            pool.close()
        }
        try loop.close()
        #expect(results == (0..<1_000).map { $0 * $0 })
    }

    // MARK: Growing and shrinking (piscina's minThreads, maxThreads, idleTimeout)

    @Test func aGrowingPoolStartsWorkersUpToMaxThreadsWhileTasksWait() throws {
        let gauge = ConcurrencyGauge()
        var threadsSeen: [Int] = []
        var fulfilled = 0
        let loop = EventLoop()
        loop.run {
            // The first three wait for each other, so that three run at once if the pool grew.
            let pool = WorkerPool<Int, Int>(minThreads: 1, maxThreads: 3) { task in gauge.occupy(until: 3) { task } }
            threadsSeen.append(pool.threads)
            pool.run(0).then { _ in fulfilled += 1 }
            threadsSeen.append(pool.threads)
            for task in 1..<8 { pool.run(task).then { _ in fulfilled += 1 } }
            threadsSeen.append(pool.threads)
            pool.close()
        }
        try loop.close()
        #expect(threadsSeen == [1, 1, 3])
        #expect(fulfilled == 8)
        #expect(gauge.peak == 3)
    }

    @Test func workersAboveTheMinimumStopAfterTheIdleTimeout() throws {
        let gauge = ConcurrencyGauge()
        var threadsSeen: [String] = []
        let loop = EventLoop()
        loop.run {
            // The three tasks wait for each other, so that each takes a worker of its own.
            let pool = WorkerPool<Int, Int>(minThreads: 1, maxThreads: 3, idleTimeout: 40) { task in gauge.occupy(until: 3) { task } }
            Promise.all((0..<3).map { pool.run($0) }).then { _ in
                threadsSeen.append("done: \(pool.threads)")
                setTimeout(400) {
                    threadsSeen.append("after the idle timeout: \(pool.threads)")
                    pool.close()
                }
            }
        }
        try loop.close()
        #expect(threadsSeen == ["done: 3", "after the idle timeout: 1"])
    }

    @Test func withNoMinimumAnIdlePoolStopsEveryWorkerAndTheRunEnds() throws {
        var threadsSeen: [Int] = []
        var results: [Int] = []
        let loop = EventLoop()
        loop.run {
            let pool = WorkerPool<Int, Int>(minThreads: 0, maxThreads: 2) { $0 * 2 }
            threadsSeen.append(pool.threads)
            Promise.all([pool.run(1), pool.run(2)]).then { values in
                results = values
                threadsSeen.append(pool.threads)
            }
        }
        try loop.close()
        #expect(results == [2, 4])
        #expect(threadsSeen == [0, 0])
    }

    @Test func aGrownPoolAtItsMaximumRejectsWhenTheQueueIsFull() throws {
        let probe = Probe()
        var outcomes: [String] = []
        let loop = EventLoop()
        loop.run {
            let pool = WorkerPool<Int, Int>(minThreads: 0, maxThreads: 1, maxQueue: 1) { task in
                probe.waitForGate()
                return task
            }
            for task in 0..<3 {
                pool.run(task).then { outcomes.append("fulfilled \($0)") }
                    .catch { error -> Void in outcomes.append(code(error) ?? "?") }
            }
            probe.openGate()
            pool.close()
        }
        try loop.close()
        #expect(outcomes == ["ERR_WORKER_POOL_QUEUE_FULL", "fulfilled 0", "fulfilled 1"])
    }
}
