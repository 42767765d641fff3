import Testing
@testable import NodeLoop

/// The loop's own contract: how a run starts and ends, and that closing proves nothing leaked.
/// Each test runs a fresh loop on its own thread's stack and closes it.
@Suite struct EventLoopLifecycleTests {
    @Test func runReturnsZeroAndClosesCleanlyWhenEverythingFinished() throws {
        let loop = EventLoop()
        var fired = 0
        let code = loop.run {
            setTimeout(1) { fired += 1 }
            setImmediate { fired += 1 }
            setInterval(1) { fired += 1 }.unref()
        }
        #expect(code == 0)
        #expect(fired >= 2)
        try loop.close()
    }

    @Test func closeDropsPendingWorkAfterStop() throws {
        let loop = EventLoop()
        var ran = false
        loop.run {
            setTimeout(1) { EventLoop.current.stop() }
            setTimeout(10_000) { ran = true }
            setImmediate {}
        }
        #expect(!ran)
        try loop.close()
    }

    @Test func processExitEndsTheRunWithItsCode() throws {
        let loop = EventLoop()
        var after = false
        var exitCodes: [Int32] = []
        let code = loop.run {
            process.on(.exit) { exitCodes.append($0) }
            setTimeout(1) { try process.exit(9) }
            setTimeout(5) { after = true }
        }
        #expect(code == 9)
        #expect(exitCodes == [9])
        #expect(!after)
        try loop.close()
    }

    @Test func anUncaughtErrorWithoutListenerEndsTheRunWithCodeOne() throws {
        let loop = EventLoop()
        let code = loop.run {
            setImmediate { throw NodeError("boom") }
            setTimeout(50) {}
        }
        #expect(code == 1)
        try loop.close()
    }

    @Test func runOnceReportsWhetherWorkRemains() throws {
        let loop = EventLoop()
        var fired = false
        loop.run {}
        // Queued on this loop by name: outside a run, `setImmediate` and `setTimeout` go to the
        // thread's current loop, which is another one when this test's thread made a loop first.
        loop.immediates.enqueue(Immediate(loop: loop) { fired = true })
        #expect(loop.runNoWait() == false)
        #expect(fired)
        loop.timers.start(Timeout(loop: loop, delay: 1, repeats: false) {})
        var iterations = 0
        while loop.runOnce() { iterations += 1 }
        #expect(iterations < 100)
        try loop.close()
    }

    @Test func currentIsTheRunningLoop() throws {
        // The thread's first loop stays its current one; another is current only while it runs.
        let outer = EventLoop.currentIfAny
        let loop = EventLoop()
        var seen: EventLoop?
        loop.run { seen = EventLoop.current }
        #expect(seen === loop)
        #expect(EventLoop.currentIfAny === (outer ?? loop))
        try loop.close()
    }

    @Test func closeReleasesTheLoop() throws {
        weak var weakLoop: EventLoop?
        try {
            let loop = EventLoop()
            weakLoop = loop
            loop.run { setTimeout(1) {}; setImmediate {} }
            try loop.close()
        }()
        #expect(weakLoop == nil)
    }
}
