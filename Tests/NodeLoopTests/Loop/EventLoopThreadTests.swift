import Testing
@testable import NodeLoop

/// `EventLoopThread`: a loop on a thread of its own, reached from Swift concurrency through
/// `submit`. `make tsan` runs this suite under ThreadSanitizer.
@Suite struct EventLoopThreadTests {
    @Test func submitRunsTheBodyOnTheLoopsThreadAndReturnsItsValue() async throws {
        let loopThread = EventLoopThread()
        let executor = loopThread.executor
        let onLoop = try await loopThread.submit { executor.inEventLoop }
        #expect(onLoop)
        #expect(!executor.inEventLoop)
        #expect(await loopThread.shutdown() == 0)
    }

    @Test func submitWaitsForThePromiseTheBodyReturns() async throws {
        let loopThread = EventLoopThread()
        let value = try await loopThread.submit { timers.promises.setTimeout(20, "late") }
        #expect(value == "late")
        await loopThread.shutdown()
    }

    @Test func submitRunsAnAsyncBodyAsAnAsyncFunctionOnTheLoop() async throws {
        let loopThread = EventLoopThread()
        let order = try await loopThread.submit { () async throws -> [String] in
            var order = ["start"]
            order.append(try await Promise.resolve("awaited").value)
            order.append(try await timers.promises.setTimeout(5, "timer").value)
            return order
        }
        #expect(order == ["start", "awaited", "timer"])
        await loopThread.shutdown()
    }

    // The README's example, as written there.
    @Test func theReadmeExampleReadsThroughTheLoopFromATask() async throws {
        let directory = try ScratchDirectory("loop-thread")
        defer { directory.remove() }
        try fs.writeFileSync(directory["notes.txt"], "buy milk")
        let notes = directory["notes.txt"]

        let nodeLoop = EventLoopThread()
        let size = try await nodeLoop.submit { fs.promises.stat(notes) }.size
        let upper = try await nodeLoop.submit { () async throws -> String in
            try await fs.promises.readFile(notes, encoding: "utf8").value.uppercased()
        }
        let exitCode = await nodeLoop.shutdown()
        #expect(size == 8)
        #expect(upper == "BUY MILK")
        #expect(exitCode == 0)
    }

    @Test func manyTasksSubmitAtOnceAndEachGetsItsOwnAnswer() async throws {
        let loopThread = EventLoopThread()
        let total = try await withThrowingTaskGroup(of: Int.self) { group in
            for n in 1...200 {
                group.addTask { try await loopThread.submit { Promise.resolve(n) } }
            }
            return try await group.reduce(0, +)
        }
        #expect(total == 200 * 201 / 2)
        await loopThread.shutdown()
    }

    @Test func anActorCanHoldTheLoopAndAwaitItsWork() async throws {
        actor Sizes {
            let loopThread = EventLoopThread()
            func size(of path: String) async throws -> Int {
                try await loopThread.submit { fs.promises.stat(path) }.size
            }
        }
        let sizes = Sizes()
        let size = try await sizes.size(of: #filePath)
        #expect(size > 1_000)
        await sizes.loopThread.shutdown()
    }

    @Test func errorsOfTheBodyGoToTheSubmitterAndTheLoopGoesOn() async throws {
        let loopThread = EventLoopThread()
        await #expect(throws: NodeError.self) {
            try await loopThread.submit { () throws -> Int in throw NodeError("thrown") }
        }
        await #expect(throws: NodeError.self) {
            try await loopThread.submit { Promise<Int>.reject(NodeError("rejected")) }
        }
        #expect(try await loopThread.submit { 7 } == 7)
        #expect(await loopThread.shutdown() == 0)
    }

    @Test func shutdownLetsPendingWorkFinishAndReturnsTheExitCode() async throws {
        let loopThread = EventLoopThread()
        try await loopThread.submit {
            setTimeout(30) { process.exitCode = 3 }
        }
        #expect(await loopThread.shutdown() == 3)
        #expect(await loopThread.shutdown() == 3)
    }

    @Test func submitAfterTheLoopHasEndedThrowsClosed() async throws {
        let loopThread = EventLoopThread()
        await loopThread.shutdown()
        await #expect(throws: EventLoopError.closed) {
            try await loopThread.submit { 1 }
        }
    }

    @Test func processExitInsideTheLoopEndsTheLoopNotTheProcess() async throws {
        let loopThread = EventLoopThread()
        await #expect(throws: EventLoopError.closed) {
            try await loopThread.submit { () throws -> Int in try process.exit(4) }
        }
        #expect(await loopThread.shutdown() == 4)
    }

    @Test func aWaitOnAPendingPromiseEndsWithClosedWhenTheLoopEnds() async throws {
        let loopThread = EventLoopThread()
        await #expect(throws: EventLoopError.closed) {
            try await loopThread.submit { () throws -> Promise<Int> in
                setTimeout(10) { try process.exit(0) }
                return Promise<Int> { _, _ in }
            }
        }
        await loopThread.shutdown()
    }
}

/// What a program that forgot the loop gets: a stop with a message, or an error, instead of
/// silence or a wait that never ends.
@Suite struct ForgottenLoopTests {
    @Test func schedulingOnAThreadWithNoLoopStopsAndSaysWhereTheCodeBelongs() async {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            setTimeout(10) {}
        }
        let stderr = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
        #expect(stderr.contains("this thread has no EventLoop"))
        #expect(stderr.contains("EventLoop.runMain"))
        #expect(stderr.contains("EventLoopThread"))
    }

    @Test func awaitingAPendingPromiseOnALoopThatIsNotRunningThrows() async throws {
        let loop = EventLoop()
        let pending = Promise<Int>(loop: loop)
        await #expect(throws: EventLoopError.notRunning) { try await pending.value }
        try loop.close()
    }

    @Test func awaitingASettledPromiseOnALoopThatIsNotRunningGivesItsOutcome() async throws {
        let loop = EventLoop()
        let fulfilled = Promise<Int>(loop: loop)
        fulfilled.fulfill(5)
        #expect(try await fulfilled.value == 5)
        let rejected = Promise<Int>(loop: loop)
        rejected.reject(NodeError("no"))
        await #expect(throws: NodeError.self) { try await rejected.value }
        // Awaited, the rejection is handled: the run reports nothing.
        #expect(loop.run {} == 0)
        try loop.close()
    }

    // `value` runs in the caller's isolation: main-actor code awaits a promise it holds without
    // the promise crossing to another isolation domain (it did not compile before).
    @MainActor @Test func mainActorCodeAwaitsAPromiseItHolds() async throws {
        let loop = EventLoop()
        let promise = Promise<Int>(loop: loop)
        promise.fulfill(5)
        #expect(try await promise.value == 5)
        loop.run {}
        try loop.close()
    }

    @Test func runMainTakesAnAsyncScript() async {
        let result = await #expect(processExitsWith: .exitCode(0), observing: [\.standardOutputContent]) {
            EventLoop.runMain { () async throws in
                let value = try await timers.promises.setTimeout(5, "after await").value
                console.log(value)
            }
        }
        #expect(String(decoding: result?.standardOutputContent ?? [], as: UTF8.self) == "after await\n")
    }

    @Test func runMainEndsWithOneWhenItsAsyncScriptThrows() async {
        await #expect(processExitsWith: .exitCode(1)) {
            EventLoop.runMain { () async throws in
                _ = try await timers.promises.setTimeout(5, 0).value
                throw NodeError("boom")
            }
        }
    }
}
