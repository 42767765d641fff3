import Testing
@testable import NodeLoop

// Promises/A+ 1.1, 2.2.4 to 2.2.6.
//
// 2.2.4   Handlers are not called until the execution context stack contains only platform
//         code: never synchronously from `then`, `resolve`, `reject` or the executor, and never
//         in the middle of another handler. Checked by logging around each of those calls.
//         (A+ allows a macrotask or a microtask; the tests only require "after the current code".)
// 2.2.5   Handlers are called as functions, with no `this`: SKIPPED, Swift closures have no
//         receiver to pass, so the clause has no Swift meaning.
// 2.2.6   `then` may be called many times on one promise.
// 2.2.6.1 On fulfilment, the onFulfilled handlers run in the order of their `then` calls.
// 2.2.6.2 On rejection, the onRejected handlers run in the order of their `then` calls.
//         Also: a handler that throws does not stop the others; handlers added from inside a
//         handler run after the ones already registered; each `then` gets its own promise.

/// Which way a promise settles in tests that run for both.
enum Settlement: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case fulfil
    case reject
    var testDescription: String { rawValue }

    /// A promise settled this way at `timing`: with 1, or with `Sentinel(1)`.
    func promise(_ timing: Timing) -> Promise<Int> {
        switch self {
        case .fulfil: return fulfilled(1, timing)
        case .reject: return rejected(Sentinel(id: 1), timing)
        }
    }
}

@Suite("PromisesAPlus 2.2.4 asynchronous handlers")
struct PromisesAPlus224AsynchronyTests {
    /// `then` returns before its handler runs, whatever the timing.
    @Test(arguments: Settlement.allCases, Timing.allCases)
    func thenReturnsBeforeTheHandlerRuns(settlement: Settlement, timing: Timing) throws {
        var log: [String] = []
        let code = try runAPlus {
            let promise = settlement.promise(timing)
            log.append("before then")
            promise.then({ log.append("fulfilled \($0)") }, { log.append("rejected \($0)") })
            log.append("after then")
        }
        #expect(code == 0)
        let handler = settlement == .fulfil ? "fulfilled 1" : "rejected Sentinel(1)"
        #expect(log == ["before then", "after then", handler])
    }

    /// Settling a promise that has handlers does not call them from within `resolve`/`reject`.
    @Test(arguments: Settlement.allCases)
    func settlingDoesNotCallHandlersSynchronously(settlement: Settlement) throws {
        var log: [String] = []
        let code = try runAPlus {
            let (promise, resolve, reject) = Promise<Int>.withResolvers()
            promise.then({ log.append("fulfilled \($0)") }, { log.append("rejected \($0)") })
            setTimeout(1) {
                log.append("settling")
                if settlement == .fulfil { resolve(2) } else { reject(Sentinel(id: 2)) }
                log.append("settled")
            }
        }
        #expect(code == 0)
        let handler = settlement == .fulfil ? "fulfilled 2" : "rejected Sentinel(2)"
        #expect(log == ["settling", "settled", handler])
    }

    /// An executor that settles at once still finishes before any handler runs.
    @Test(arguments: Settlement.allCases)
    func theExecutorFinishesBeforeAnyHandler(settlement: Settlement) throws {
        var log: [String] = []
        let code = try runAPlus {
            let promise = Promise<Int> { resolve, reject in
                log.append("executor start")
                if settlement == .fulfil { resolve(3) } else { reject(Sentinel(id: 3)) }
                log.append("executor end")
            }
            promise.then({ log.append("fulfilled \($0)") }, { log.append("rejected \($0)") })
            log.append("script end")
        }
        #expect(code == 0)
        let handler = settlement == .fulfil ? "fulfilled 3" : "rejected Sentinel(3)"
        #expect(log == ["executor start", "executor end", "script end", handler])
    }

    /// A handler attached from inside another handler, to a settled promise, runs after that
    /// handler returns.
    @Test(arguments: Settlement.allCases, Timing.allCases)
    func aHandlerAddedInsideAHandlerRunsAfterItReturns(settlement: Settlement, timing: Timing) throws {
        var log: [String] = []
        let code = try runAPlus {
            let promise = settlement.promise(timing)
            let inner = { () -> Void in
                log.append("outer start")
                promise.then({ _ in log.append("inner fulfilled") }, { _ in log.append("inner rejected") })
                log.append("outer end")
            }
            promise.then({ _ in inner() }, { _ in inner() })
        }
        #expect(code == 0)
        let handler = settlement == .fulfil ? "inner fulfilled" : "inner rejected"
        #expect(log == ["outer start", "outer end", handler])
    }

    /// A promise settled from inside another promise's handler calls its own handlers only after
    /// that handler returns.
    @Test(arguments: Settlement.allCases, Settlement.allCases)
    func settlingInsideAHandlerDefersTheOtherPromisesHandlers(outer: Settlement, inner: Settlement) throws {
        var log: [String] = []
        let code = try runAPlus {
            let (second, resolve, reject) = Promise<Int>.withResolvers()
            second.then({ log.append("second fulfilled \($0)") }, { log.append("second rejected \($0)") })
            let settleSecond = { () -> Void in
                log.append("first handler start")
                if inner == .fulfil { resolve(4) } else { reject(Sentinel(id: 4)) }
                log.append("first handler end")
            }
            outer.promise(.already).then({ _ in settleSecond() }, { _ in settleSecond() })
        }
        #expect(code == 0)
        let handler = inner == .fulfil ? "second fulfilled 4" : "second rejected Sentinel(4)"
        #expect(log == ["first handler start", "first handler end", handler])
    }

    /// A promise created and settled inside a timer callback calls its handler only after that
    /// callback returns.
    @Test func handlersOfATimerSettledPromiseRunAfterTheTimerCallback() throws {
        var log: [String] = []
        let code = try runAPlus {
            setTimeout(1) {
                let promise = Promise<Int> { resolve, _ in resolve(5) }
                promise.then { log.append("fulfilled \($0)") }
                log.append("timer end")
            }
        }
        #expect(code == 0)
        #expect(log == ["timer end", "fulfilled 5"])
    }
}

@Suite("PromisesAPlus 2.2.6 multiple handlers")
struct PromisesAPlus226MultipleHandlerTests {
    /// 2.2.6.1 / 2.2.6.2: every handler is called, once, in the order of the `then` calls.
    @Test(arguments: Settlement.allCases, Timing.allCases)
    func handlersRunInTheOrderOfTheirThenCalls(settlement: Settlement, timing: Timing) throws {
        var log: [String] = []
        let code = try runAPlus {
            let promise = settlement.promise(timing)
            for name in ["a", "b", "c", "d"] {
                promise.then({ log.append("\(name) fulfilled \($0)") }, { log.append("\(name) rejected \($0)") })
            }
        }
        #expect(code == 0)
        let outcome = settlement == .fulfil ? "fulfilled 1" : "rejected Sentinel(1)"
        #expect(log == ["a \(outcome)", "b \(outcome)", "c \(outcome)", "d \(outcome)"])
    }

    /// Handlers of the one kind are called in order; handlers of the other kind are not called,
    /// and the one-handler `then` / `catch` between them keep their places.
    @Test(arguments: Settlement.allCases, Timing.allCases)
    func mixedThenAndCatchKeepTheirOrder(settlement: Settlement, timing: Timing) throws {
        var log: [String] = []
        let code = try runAPlus(allowingUnhandledRejections: true) {
            let promise = settlement.promise(timing)
            promise.then { log.append("then-1 \($0)") }
            promise.catch { log.append("catch-1 \($0)") }
            promise.then({ log.append("both-2 fulfilled \($0)") }, { log.append("both-2 rejected \($0)") })
            promise.catch { log.append("catch-3 \($0)") }
            promise.then { log.append("then-3 \($0)") }
        }
        #expect(code == 0)
        if settlement == .fulfil {
            #expect(log == ["then-1 1", "both-2 fulfilled 1", "then-3 1"])
        } else {
            #expect(log == ["catch-1 Sentinel(1)", "both-2 rejected Sentinel(1)", "catch-3 Sentinel(1)"])
        }
    }

    /// A handler that throws does not stop the later handlers; its own promise is rejected.
    @Test(arguments: Settlement.allCases, Timing.allCases)
    func aThrowingHandlerDoesNotStopTheOthers(settlement: Settlement, timing: Timing) throws {
        var log: [String] = []
        let recorders = (0..<3).map { _ in Recorder<Int>() }
        let code = try runAPlus {
            let promise = settlement.promise(timing)
            recorders[0].record(promise.then({ _ in log.append("a"); return 10 }, { _ in log.append("a"); return 10 }))
            recorders[1].record(promise.then({ _ -> Int in log.append("b"); throw Sentinel(id: 20) },
                                             { _ -> Int in log.append("b"); throw Sentinel(id: 20) }))
            recorders[2].record(promise.then({ _ in log.append("c"); return 30 }, { _ in log.append("c"); return 30 }))
        }
        #expect(code == 0)
        #expect(log == ["a", "b", "c"])
        #expect(recorders[0].isFulfilled(with: 10))
        #expect(recorders[1].isRejected { ($0 as? Sentinel) == Sentinel(id: 20) })
        #expect(recorders[2].isFulfilled(with: 30))
    }

    /// Each `then` gets its own promise, settled by its own handler's return value.
    @Test(arguments: Settlement.allCases, Timing.allCases)
    func eachThenSettlesItsOwnPromise(settlement: Settlement, timing: Timing) throws {
        let recorders = (0..<3).map { _ in Recorder<String>() }
        let code = try runAPlus {
            let promise = settlement.promise(timing)
            for (index, recorder) in recorders.enumerated() {
                recorder.record(promise.then({ "f\(index):\($0)" }, { "r\(index):\($0)" }))
            }
        }
        #expect(code == 0)
        let prefix = settlement == .fulfil ? "f" : "r"
        let payload = settlement == .fulfil ? "1" : "Sentinel(1)"
        for (index, recorder) in recorders.enumerated() {
            #expect(recorder.isFulfilled(with: "\(prefix)\(index):\(payload)"))
        }
    }

    /// Handlers added from inside a handler run after every handler registered before them,
    /// and in the order they were added.
    @Test(arguments: Settlement.allCases, Timing.allCases)
    func handlersAddedInsideAHandlerRunAfterTheEarlierOnes(settlement: Settlement, timing: Timing) throws {
        var log: [String] = []
        let code = try runAPlus {
            let promise = settlement.promise(timing)
            let note = { (name: String) -> Void in
                _ = promise.then({ _ in log.append(name) }, { _ in log.append(name) })
            }
            promise.then({ _ in log.append("a"); note("a1"); note("a2") }, { _ in log.append("a"); note("a1"); note("a2") })
            note("b")
            promise.then({ _ in log.append("c"); note("c1") }, { _ in log.append("c"); note("c1") })
        }
        #expect(code == 0)
        #expect(log == ["a", "b", "c", "a1", "a2", "c1"])
    }

    /// Handlers attached at different times (before settling, right after, much later) each run
    /// once, and the ones attached together keep their order.
    @Test(arguments: Settlement.allCases)
    func handlersAttachedAtDifferentTimesEachRunOnce(settlement: Settlement) throws {
        var log: [String] = []
        let code = try runAPlus {
            let (promise, resolve, reject) = Promise<Int>.withResolvers()
            let attach = { (name: String) -> Void in
                _ = promise.then({ log.append("\(name) \($0)") }, { log.append("\(name) \($0)") })
            }
            attach("before-1")
            attach("before-2")
            setTimeout(2) {
                if settlement == .fulfil { resolve(8) } else { reject(Sentinel(id: 8)) }
                attach("right-after-1")
                attach("right-after-2")
            }
            setTimeout(8) { attach("later") }
        }
        #expect(code == 0)
        let outcome = settlement == .fulfil ? "8" : "Sentinel(8)"
        #expect(log == ["before-1", "before-2", "right-after-1", "right-after-2", "later"].map { "\($0) \(outcome)" })
    }
}
