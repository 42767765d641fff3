import Testing
@testable import NodeLoop

/// A timer that reaches its final state (cleared, or an immediate that ran) drops its callback,
/// so a callback that captures its own timer does not keep the two alive; a timeout that fired
/// without being cleared keeps its callback for `refresh()`. Each test checks with `weak`
/// references after its loop has closed.
@Suite struct TimerLifetimeTests {
    /// What a callback captures besides its timer: freed only when the callback is.
    final class Payload {}

    @Test func anIntervalThatClearsItselfIsFreedWithWhatItCaptures() throws {
        weak var freedInterval: Timeout?
        weak var freedPayload: Payload?
        var runs = 0
        try runOnFreshLoop {
            let payload = Payload()
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

    @Test func aTimeoutClearedBeforeItFiresIsFreedThoughItsCallbackCapturesIt() throws {
        weak var freed: Timeout?
        try runOnFreshLoop {
            var timeout: Timeout?
            timeout = setTimeout(50) { Issue.record("a cleared timeout ran: \(String(describing: timeout))") }
            freed = timeout
            setTimeout(1) { clearTimeout(timeout) }
        }
        #expect(freed == nil)
    }

    @Test func aTimeoutClearedByItsNumericIdIsFreed() throws {
        weak var freed: Timeout?
        try runOnFreshLoop {
            var timeout: Timeout?
            timeout = setTimeout(50) { Issue.record("a cleared timeout ran: \(String(describing: timeout))") }
            freed = timeout
            let id = timeout?.id ?? 0
            setTimeout(1) { clearTimeout(id) }
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
