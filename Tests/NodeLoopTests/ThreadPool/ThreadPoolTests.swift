import Synchronization
import Testing
import NodeLoop
#if canImport(Glibc)
import Glibc
#endif

/// Work offloaded to libuv's thread pool: results and errors come back on the loop, the pool
/// never runs more than its size at once, and an abort takes queued work off the queue.
///
/// The tests that depend on the pool's size run in a child process (an exit test), which gets a
/// pool of its own, sized through `UV_THREADPOOL_SIZE` before first use; the other tests share
/// the test process's pool with whatever else runs.
@Suite struct ThreadPoolTests {
    @Test func aResultComesBackOnTheLoopThread() throws {
        var received: Int?
        var onLoopThread = false
        try runOnFreshLoop {
            let loop = EventLoop.current
            threadPool.run { (1...1_000).reduce(0, +) }.then { value in
                received = value
                onLoopThread = loop.executor.inEventLoop
            }
        }
        #expect(received == 500_500)
        #expect(onLoopThread)
    }

    // Results of every shape travel through the pool: nothing, values that fit in an
    // existential's inline buffer and one (five words) that does not, an optional, and an
    // existential, whose value is of another type than the work's declared result.
    @Test func resultsOfEveryShapeComeBackWhole() throws {
        struct Wide: Sendable, Equatable { var a = 1, b = 2, c = 3, d = 4, e = 5 }
        var results: [String] = []
        try runOnFreshLoop {
            threadPool.run { () }.then { results.append("void \($0)") }
            threadPool.run { ["a": 1, "b": 2] }.then { results.append("dictionary \($0.sorted { $0.key < $1.key })") }
            threadPool.run { String(repeating: "x", count: 40) }.then { results.append("string \($0.count)") }
            threadPool.run { Wide() }.then { results.append("wide \($0 == Wide())") }
            threadPool.run({ NodeError("boxed") }) { error, value in results.append("callback \(error == nil) \(value?.message ?? "-")") }
            threadPool.run { Int?.none }.then { results.append("optional \(String(describing: $0))") }
            threadPool.run { () -> any Sendable in 7 }.then { results.append("existential \($0 as? Int ?? -1)") }
        }
        #expect(results.sorted() == [
            "callback true boxed", "dictionary [(key: \"a\", value: 1), (key: \"b\", value: 2)]", "existential 7", "optional nil",
            "string 40", "void ()", "wide true",
        ])
    }

    @Test func anErrorThrownByTheWorkRejects() throws {
        var reason: String?
        try runOnFreshLoop {
            threadPool.run { () throws -> Int in throw NodeError("no luck") }
                .catch { error -> Void in reason = error.message }
        }
        #expect(reason == "no luck")
    }

    @Test func theCallbackFormGetsTheErrorOrTheResult() throws {
        var results: [String] = []
        try runOnFreshLoop {
            threadPool.run({ 6 * 7 }) { error, value in results.append("\(String(describing: error)) \(value ?? 0)") }
            threadPool.run({ () throws -> Int in throw NodeError("bad") }) { error, value in
                results.append("\(error?.message ?? "none") \(value ?? 0)")
            }
        }
        #expect(results.sorted() == ["bad 0", "nil 42"])
    }

    @Test func anAlreadyAbortedSignalRejectsWithoutRunningTheWork() throws {
        let ran = AtomicFlag()
        var reason: String?
        try runOnFreshLoop {
            threadPool.run(signal: AbortSignal.abort()) { ran.set() }
                .catch { error -> Void in reason = error.name }
        }
        #expect(reason == "AbortError")
        #expect(!ran.isSet)
    }

    @Test func theSizeIsFourWithoutTheEnvironmentVariable() {
        if getenv("UV_THREADPOOL_SIZE") == nil {
            #expect(threadPool.size == 4)
        }
    }

    @Test func thePoolNeverRunsMoreThanItsSizeAtOnce() async {
        await #expect(processExitsWith: .success) {
            setenv("UV_THREADPOOL_SIZE", "3", 1)
            let gauge = ConcurrencyGauge()
            let loop = EventLoop()
            var finished = 0
            loop.run {
                precondition(threadPool.size == 3)
                for _ in 0..<12 {
                    threadPool.run { gauge.occupy(until: 3) }.then { finished += 1 }
                }
            }
            try? loop.close()
            // Three ran together (the barrier was met) and never a fourth.
            precondition(finished == 12, "finished \(finished)")
            precondition(gauge.peak == 3, "peak \(gauge.peak)")
        }
    }

    @Test func abortingQueuedWorkTakesItOffTheQueue() async {
        await #expect(processExitsWith: .success) {
            setenv("UV_THREADPOOL_SIZE", "1", 1)
            let release = AtomicFlag()
            let queuedRan = AtomicFlag()
            var events: [String] = []
            let loop = EventLoop()
            loop.run {
                // The only pool thread is busy until released, so the second work stays queued.
                threadPool.run { while !release.isSet { usleep(1_000) } }
                    .then { events.append("blocker done") }
                let controller = AbortController()
                threadPool.run(signal: controller.signal) { queuedRan.set() }
                    .then { events.append("queued work fulfilled") }
                    .catch { error -> Void in events.append("queued work \(error.name)") }
                controller.abort()
                setTimeout(20) { release.set() }
            }
            try? loop.close()
            precondition(events == ["queued work AbortError", "blocker done"], "\(events)")
            precondition(!queuedRan.isSet, "the aborted work ran")
        }
    }

    @Test func abortingRunningWorkRejectsAtOnceAndDropsItsResult() async {
        await #expect(processExitsWith: .success) {
            let started = AtomicFlag()
            let release = AtomicFlag()
            var events: [String] = []
            let loop = EventLoop()
            loop.run {
                let controller = AbortController()
                threadPool.run(signal: controller.signal) { () -> Int in
                    started.set()
                    while !release.isSet { usleep(1_000) }
                    return 1
                }
                .then { value in events.append("fulfilled \(value)") }
                .catch { error -> Void in events.append("rejected \(error.name)") }
                while !started.isSet { usleep(1_000) }
                controller.abort()
                events.append("aborted")
                release.set()
            }
            try? loop.close()
            precondition(events == ["aborted", "rejected AbortError"], "\(events)")
        }
    }
}

/// A flag set on one thread and read on another.
private final class AtomicFlag: Sendable {
    private let value = Atomic<Bool>(false)
    var isSet: Bool { value.load(ordering: .acquiring) }
    func set() { value.store(true, ordering: .releasing) }
}
