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
}

/// Starts a detached POSIX thread running `body`.
private func startThread(_ body: @escaping @Sendable () -> Void) {
    final class Box: Sendable {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }
    var thread = pthread_t()
    let box = Unmanaged.passRetained(Box(body)).toOpaque()
    let status = pthread_create(&thread, nil, { context in
        Unmanaged<Box>.fromOpaque(context!).takeRetainedValue().body()
        return nil
    }, box)
    precondition(status == 0)
    pthread_detach(thread)
}
