import Testing
@testable import NodeLoop
#if canImport(Glibc)
import Glibc
#endif

/// `await promise.value` from Swift async code that does not run on the loop: it must get the
/// value, and a cancelled task must stop waiting.
@Suite struct PromiseAwaitTests {
    @Test func aTaskOffTheLoopAwaitsAPromiseSettledByTheLoop() async throws {
        let task = Locked<Task<Int, any Error>?>(nil)
        let thread = LoopThread {
            let promise = Promise<Int> { resolve, _ in setTimeout(20) { resolve(5) } }
            let waiter = Task { try await promise.value * 2 }
            task.withLock { $0 = waiter }
        }
        let waiter = try await thread.created(task)
        let value = try await waiter.value
        #expect(value == 10)
        await thread.finish()
    }

    @Test func aRejectionReachesTheAwaitingTaskAsAThrow() async throws {
        let task = Locked<Task<Int, any Error>?>(nil)
        let thread = LoopThread {
            let promise = Promise<Int> { _, reject in setTimeout(20) { reject(NodeError("refused")) } }
            promise.catch { _ in 0 }
            let waiter = Task { try await promise.value }
            task.withLock { $0 = waiter }
        }
        let waiter = try await thread.created(task)
        await #expect(throws: NodeError("refused")) { try await waiter.value }
        await thread.finish()
    }

    @Test func cancellingATaskThatAwaitsAPendingPromiseEndsTheWait() async throws {
        let task = Locked<Task<Int, any Error>?>(nil)
        let thread = LoopThread {
            let promise = Promise<Int> { _, _ in }
            let waiter = Task { try await promise.value }
            task.withLock { $0 = waiter }
        }
        let waiter = try await thread.created(task)
        waiter.cancel()
        await #expect(throws: CancellationError.self) { try await waiter.value }
        await thread.finish()
    }

    // On the loop, a settled promise is awaited without a cancellation handler (one job, see
    // `Promise.value`); a task cancelled before it awaits must still throw.
    @Test func aTaskCancelledBeforeItAwaitsASettledPromiseOnTheLoopThrows() throws {
        final class Outcome { var text = "none" }
        let loop = EventLoop()
        let outcome = LoopBound(Outcome(), loop: loop)
        let code = loop.run {
            _ = Promise { () async throws -> Void in
                withUnsafeCurrentTask { $0?.cancel() }
                do {
                    _ = try await Promise.resolve(1).value
                    outcome.value.text = "value"
                } catch is CancellationError {
                    outcome.value.text = "cancelled"
                }
            }
        }
        #expect(code == 0)
        #expect(outcome.value.text == "cancelled")
        try loop.close()
    }

    // A cancellation races with the task suspending (`Resumption.set`, on the task's thread)
    // and with the promise settling (on the loop's thread); whichever order they come in, every
    // wait must end. `make tsan` runs this under ThreadSanitizer.
    @Test(.timeLimit(.minutes(1)))
    func tasksCancelledAtRandomMomentsWhilePromisesSettleAllFinish() async throws {
        let count = 2_000
        let tasks = Locked<[Task<Int, any Error>]?>(nil)
        let thread = LoopThread {
            var waiters: [Task<Int, any Error>] = []
            for index in 0..<count {
                let promise = Promise<Int> { resolve, _ in
                    if index.isMultiple(of: 2) { setTimeout(Double.random(in: 0...3)) { resolve(index) } }
                }
                waiters.append(Task { try await promise.value })
            }
            tasks.withLock { $0 = waiters }
        }
        while tasks.withLock({ $0 }) == nil { await Task.yield() }
        let waiters = tasks.withLock { $0 } ?? []
        for waiter in waiters.shuffled() {
            if Bool.random() { await Task.yield() }
            waiter.cancel()
        }
        var values = 0, cancellations = 0
        for (index, waiter) in waiters.enumerated() {
            do {
                #expect(try await waiter.value == index)
                values += 1
            } catch is CancellationError {
                cancellations += 1
            }
        }
        #expect(values + cancellations == count)
        #expect(values <= count / 2)
        await thread.finish()
    }

    @Test func awaitingAPromiseWhoseLoopHasClosedThrowsInsteadOfHanging() async throws {
        let task = Locked<Task<Int, any Error>?>(nil)
        let thread = LoopThread {
            let promise = Promise<Int> { _, _ in }
            let waiter = Task { try await promise.value }
            task.withLock { $0 = waiter }
        }
        let waiter = try await thread.created(task)
        await thread.finish()
        await #expect(throws: EventLoopError.closed) { try await waiter.value }
    }
}

/// A fresh loop on a thread of its own, running `script` and then staying alive (an interval)
/// until `finish()`, which ends the run, closes the loop and waits for the thread. Nothing here
/// blocks a Swift concurrency thread, which the awaiting tasks need.
private final class LoopThread: Sendable {
    private let executor = Locked<LoopExecutor?>(nil)
    private let finished = Locked(false)

    init(_ script: @escaping @Sendable () -> Void) {
        final class Start: Sendable {
            let script: @Sendable () -> Void
            let thread: LoopThread
            init(_ script: @escaping @Sendable () -> Void, _ thread: LoopThread) {
                self.script = script
                self.thread = thread
            }
        }
        var thread = pthread_t()
        let start = Unmanaged.passRetained(Start(script, self)).toOpaque()
        pthread_create(&thread, nil, { context in
            let start = Unmanaged<Start>.fromOpaque(context!).takeRetainedValue()
            let loop = EventLoop()
            loop.run {
                setInterval(1_000) {}
                start.script()
                start.thread.executor.withLock { $0 = loop.executor }
            }
            try? loop.close()
            start.thread.finished.withLock { $0 = true }
            return nil
        }, start)
        pthread_detach(thread)
    }

    /// Waits until the script has run, then returns the task it stored.
    func created<Value>(_ task: Locked<Task<Value, any Error>?>) async throws -> Task<Value, any Error> {
        while executor.withLock({ $0 }) == nil { await Task.yield() }
        return try #require(task.withLock { $0 })
    }

    /// Stops the keep-alive interval from the loop's thread, then waits for the loop to close.
    func finish() async {
        executor.withLock { $0 }?.execute { EventLoop.current.stop() }
        while !finished.withLock({ $0 }) { await Task.yield() }
    }
}
