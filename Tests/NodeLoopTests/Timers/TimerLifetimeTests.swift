import Testing
@testable import NodeLoop

/// A timer that reaches its final state (cleared, or an immediate that ran) drops its callback,
/// so a callback that captures its own timer does not keep the two alive; a timeout that fired
/// without being cleared keeps its callback for `refresh()`. Each test checks with `weak`
/// references after its loop has closed.
@Suite struct TimerLifetimeTests {
    @Test func anIntervalThatClearsItselfIsFreedWithWhatItCaptures() throws {
        weak var freedInterval: Timeout?
        weak var freedPayload: Captured?
        var runs = 0
        try runOnFreshLoop {
            let payload = Captured()
            freedPayload = payload
            var interval: Timeout?
            interval = setInterval(0) {
                _ = payload
                runs += 1
                clearInterval(interval)
            }
            freedInterval = interval
        }
        #expect(runs == 1)
        #expect(freedInterval == nil)
        #expect(freedPayload == nil)
    }

    @Test(arguments: [false, true])
    func aTimeoutClearedBeforeItFiresIsFreedThoughItsCallbackCapturesIt(byNumericId: Bool) throws {
        weak var freed: Timeout?
        try runOnFreshLoop {
            var timeout: Timeout?
            timeout = setTimeout(50) { Issue.record("a cleared timeout ran: \(String(describing: timeout))") }
            freed = timeout
            let id = byNumericId ? timeout?.id : nil
            setTimeout(1) {
                if let id { clearTimeout(id) } else { clearTimeout(timeout) }
            }
        }
        #expect(freed == nil)
    }

    @Test func aFiredTimeoutKeepsItsCallbackForRefreshUntilItIsCleared() throws {
        weak var freed: Timeout?
        var runs = 0
        let loop = EventLoop()
        loop.run {
            var timeout: Timeout?
            timeout = setTimeout(1) {
                runs += 1
                // The second run clears it: its final state.
                if runs == 2 { clearTimeout(timeout) }
            }
            freed = timeout
            setTimeout(20) {
                #expect(freed != nil, "a fired timeout must stay refreshable")
                freed?.refresh()
            }
        }
        #expect(runs == 2)
        #expect(freed == nil)
        try loop.close()
    }

    @Test func anImmediateThatCapturesItselfIsFreedOnceItHasRun() throws {
        weak var freed: Immediate?
        var ran = false
        try runOnFreshLoop {
            var immediate: Immediate?
            immediate = setImmediate {
                _ = immediate
                ran = true
            }
            freed = immediate
        }
        #expect(ran)
        #expect(freed == nil)
    }

    @Test func aClearedImmediateThatCapturesItselfIsFreed() throws {
        weak var freed: Immediate?
        try runOnFreshLoop {
            var immediate: Immediate?
            immediate = setImmediate { Issue.record("a cleared immediate ran: \(String(describing: immediate))") }
            freed = immediate
            clearImmediate(immediate)
        }
        #expect(freed == nil)
    }

    @Test func timersStillPendingWhenTheLoopClosesAreFreed() throws {
        weak var freedInterval: Timeout?
        weak var freedImmediate: Immediate?
        let loop = EventLoop()
        loop.run {
            var interval: Timeout?
            interval = setInterval(60_000) { _ = interval }
            interval?.unref()
            freedInterval = interval
            var immediate: Immediate?
            immediate = setImmediate { _ = immediate }
            immediate?.unref()
            freedImmediate = immediate
        }
        #expect(freedInterval != nil)
        try loop.close()
        #expect(freedInterval == nil)
        #expect(freedImmediate == nil)
    }
}

/// `timers.promises.setInterval` read with `for try await`: leaving the loop clears the
/// interval, which frees it and the iteration's state.
@Suite struct IntervalSequenceLifetimeTests {
    @Test func leavingTheIterationFreesItsIntervalAndState() throws {
        nonisolated(unsafe) weak var freedTicker: IntervalTicker<Void>?
        let ticks = try DataTestSupport.runAsync { () async throws -> Int in
            var iterator = timers.promises.setInterval(1).makeAsyncIterator()
            freedTicker = iterator.ticker
            var ticks = 0
            while try await iterator.next() != nil {
                ticks += 1
                if ticks == 3 { break }
            }
            return ticks
        }
        #expect(ticks == 3)
        #expect(freedTicker == nil)
    }
}
