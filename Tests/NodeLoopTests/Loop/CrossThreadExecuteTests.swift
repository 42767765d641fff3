import Synchronization
import Testing
@testable import NodeLoop
#if canImport(Glibc)
import Glibc
#endif

/// `LoopExecutor.execute` is the one door into a loop from other threads. `make tsan` runs
/// this suite under ThreadSanitizer.
@Suite struct CrossThreadExecuteTests {
    @Test func jobsFromOtherThreadsAllRunOnTheLoopThreadInOrderPerThread() throws {
        let threads = 4, jobsPerThread = 5_000
        let loop = EventLoop()
        let executor = loop.executor!
        let received = Locked<[[Int]]>(Array(repeating: [], count: threads))
        let offLoopRuns = Atomic<Int>(0)
        let code = loop.run {
            // A ref'd interval keeps the run alive until every job has arrived.
            let keepAliveId = setInterval(1_000) {}.id
            for thread in 0..<threads {
                startThread {
                    for job in 0..<jobsPerThread {
                        executor.execute {
                            if !executor.inEventLoop { offLoopRuns.add(1, ordering: .relaxed) }
                            let total = received.withLock { lists in
                                lists[thread].append(job)
                                return lists.reduce(0) { $0 + $1.count }
                            }
                            if total == threads * jobsPerThread { clearInterval(keepAliveId) }
                        }
                    }
                }
            }
        }
        #expect(code == 0)
        let runsOffTheLoop = offLoopRuns.load(ordering: .relaxed)
        #expect(runsOffTheLoop == 0)
        received.withLock { lists in
            for list in lists { #expect(list == Array(0..<jobsPerThread)) }
        }
        try loop.close()
    }

    @Test func executeAfterCloseIsRefused() throws {
        let loop = EventLoop()
        let executor = loop.executor!
        loop.run {}
        try loop.close()
        #expect(executor.execute {} == false)
    }

    @Test func jobsQueuedBeforeTheRunStartsAreRun() throws {
        let loop = EventLoop()
        let ran = Atomic<Bool>(false)
        loop.executor.execute { ran.store(true, ordering: .relaxed) }
        loop.run {}
        let didRun = ran.load(ordering: .relaxed)
        #expect(didRun)
        try loop.close()
    }

    // The executor is a `Sendable` object any task or thread can keep; once its loop is freed
    // it must refuse work without touching the loop (which `make tsan` and ASan would catch).
    @Test func anExecutorKeptAfterItsLoopIsFreedDropsJobsFromEveryThread() throws {
        weak var freed: EventLoop?
        let executor: LoopExecutor = try {
            let loop = EventLoop()
            freed = loop
            loop.run {}
            try loop.close()
            return loop.executor
        }()
        #expect(freed == nil)
        let ran = Locked(0)
        // On the thread that owned the loop: a job is dropped. (A task that prefers the executor
        // is dropped the same way, by `enqueue`; it is not started here, because a dropped task
        // never frees what it holds, and `make asan` would rightly report it.)
        #expect(executor.inEventLoop)
        #expect(executor.execute { ran.withLock { $0 += 1 } } == false)
        // From another thread: the same.
        startThread(waiting: true) {
            #expect(!executor.inEventLoop)
            #expect(executor.execute { ran.withLock { $0 += 1 } } == false)
        }
        let runs = ran.withLock { $0 }
        #expect(runs == 0)
    }
}
