import Testing
@testable import NodeLoop

// Promises/A+ 1.1, 2.2.1 to 2.2.3: the arguments of `then` and when they are called.
//
// 2.2.1   Both handlers are optional; one that is not a function is ignored.
//         Swift's `then` takes closures, never "not a function", so the clause maps to the
//         overloads that omit a handler:
//         2.2.1.1 (onFulfilled missing) -> `catch`, which passes a fulfilment through untouched;
//         2.2.1.2 (onRejected missing)  -> one-handler `then`, which passes a rejection through.
// 2.2.2.1 onFulfilled is called after fulfilment, with the value as its first argument.
// 2.2.2.2 ... not before the promise is fulfilled.
// 2.2.2.3 ... not more than once.
// 2.2.3.x The same three for onRejected and the reason.

@Suite("PromisesAPlus 2.2.1 optional handlers")
struct PromisesAPlus221OptionalHandlerTests {
    /// 2.2.1.2: with no onRejected, a chain of one-handler `then`s skips every fulfilment handler
    /// and hands the reason to the first onRejected further down.
    @Test(arguments: Timing.allCases, ReasonKind.allCases)
    func aMissingOnRejectedIsIgnoredAndTheReasonFlowsOn(timing: Timing, kind: ReasonKind) throws {
        let reason = kind.sample()
        var log: [String] = []
        let recorder = Recorder<Int>()
        let code = try runAPlus {
            let promise: Promise<Int> = rejected(reason.error, timing)
            let end = promise
                .then { value -> Int in log.append("first \(value)"); return value }
                .then { value -> Int in log.append("second \(value)"); return value }
            recorder.record(end)
        }
        #expect(code == 0)
        #expect(log == [])
        #expect(recorder.isRejected(reason.matches))
    }

    /// 2.2.1.1: with no onFulfilled, a chain of `catch`es skips every rejection handler and hands
    /// the value to the first onFulfilled further down.
    @Test(arguments: Timing.allCases)
    func aMissingOnFulfilledIsIgnoredAndTheValueFlowsOn(timing: Timing) throws {
        var log: [String] = []
        let code = try runAPlus {
            let promise = fulfilled(5, timing)
            promise
                .catch { error -> Int in log.append("first catch \(error)"); return -1 }
                .catch { error -> Int in log.append("second catch \(error)"); return -2 }
                .then({ log.append("fulfilled \($0)") }, { log.append("rejected \($0)") })
        }
        #expect(code == 0)
        #expect(log == ["fulfilled 5"])
    }

    /// 2.2.1: a handler-less step in the middle of a chain does not disturb the handlers around it.
    @Test func skippedStepsKeepTheChainOrder() throws {
        var log: [String] = []
        let code = try runAPlus {
            Promise.resolve(1)
                .catch { _ -> Int in log.append("skipped catch"); return 0 }
                .then { value -> Int in log.append("a \(value)"); throw Sentinel(id: value) }
                .then { value -> Int in log.append("skipped then \(value)"); return value }
                .catch { error -> Int in log.append("caught \(error)"); return 2 }
                .then { value in log.append("b \(value)") }
        }
        #expect(code == 0)
        #expect(log == ["a 1", "caught Sentinel(1)", "b 2"])
    }
}

@Suite("PromisesAPlus 2.2.2 onFulfilled")
struct PromisesAPlus222OnFulfilledTests {
    /// 2.2.2.1: called after fulfilment, with the promise's value.
    @Test(arguments: Timing.allCases, ValueKind.allCases)
    func calledWithTheValue(timing: Timing, kind: ValueKind) throws {
        try kind.apply(ValueArgumentProbe(timing: timing))
    }

    struct ValueArgumentProbe: ValueProbe {
        let timing: Timing
        func probe<V>(_ sample: Sample<V>) throws {
            var received: [V] = []
            var rejections = 0
            let code = try runAPlus {
                fulfilled(sample.value, timing).then({ received.append($0) }, { _ in rejections += 1 })
            }
            #expect(code == 0)
            #expect(received.count == 1)
            #expect(received.first.map { sample.same($0, sample.value) } == true)
            #expect(rejections == 0)
        }
    }

    /// 2.2.2.2: not called while the promise is pending, however long that lasts.
    @Test func notCalledBeforeFulfilment() throws {
        var log: [String] = []
        let code = try runAPlus {
            let (promise, resolve, _) = Promise<Int>.withResolvers()
            promise.then { log.append("fulfilled \($0)") }
            queueMicrotask { log.append("microtask") }
            setTimeout(2) { log.append("timer 2") }
            setTimeout(6) {
                log.append("resolving")
                resolve(6)
                log.append("resolved")
            }
        }
        #expect(code == 0)
        #expect(log == ["microtask", "timer 2", "resolving", "resolved", "fulfilled 6"])
    }

    /// 2.2.2.2: a promise that is rejected never calls onFulfilled.
    @Test(arguments: Timing.allCases)
    func neverCalledForARejectedPromise(timing: Timing) throws {
        var log: [String] = []
        let code = try runAPlus {
            let promise: Promise<Int> = rejected(Sentinel(id: 1), timing)
            promise.then({ log.append("fulfilled \($0)") }, { log.append("rejected \($0)") })
        }
        #expect(code == 0)
        #expect(log == ["rejected Sentinel(1)"])
    }

    /// 2.2.2.3: called once, however often and from wherever resolve and reject are called again.
    @Test(arguments: SettlePoint.allCases, ChangeAttempt.allCases)
    func calledAtMostOnce(point: SettlePoint, attempt: ChangeAttempt) throws {
        var calls = 0
        var rejections = 0
        let code = try runAPlus(allowingUnhandledRejections: true) {
            let promise: Promise<Int> = point.promise { resolve, reject in
                resolve(7)
                attempt.perform(resolve, reject, thenableCalls: CallCounter())
                attempt.perform(resolve, reject, thenableCalls: CallCounter())
            }
            promise.then({ _ in calls += 1 }, { _ in rejections += 1 })
        }
        #expect(code == 0)
        #expect(calls == 1)
        #expect(rejections == 0)
    }
}

@Suite("PromisesAPlus 2.2.3 onRejected")
struct PromisesAPlus223OnRejectedTests {
    /// 2.2.3.1: called after rejection, with the promise's reason.
    @Test(arguments: Timing.allCases, ReasonKind.allCases)
    func calledWithTheReason(timing: Timing, kind: ReasonKind) throws {
        let reason = kind.sample()
        var received: [any Error] = []
        var fulfilments = 0
        let code = try runAPlus {
            let promise: Promise<Int> = rejected(reason.error, timing)
            promise.then({ _ in fulfilments += 1 }, { received.append($0) })
        }
        #expect(code == 0)
        #expect(received.count == 1)
        #expect(received.first.map(reason.matches) == true)
        #expect(fulfilments == 0)
    }

    /// 2.2.3.2: not called while the promise is pending, however long that lasts.
    @Test func notCalledBeforeRejection() throws {
        var log: [String] = []
        let code = try runAPlus {
            let (promise, _, reject) = Promise<Int>.withResolvers()
            promise.catch { error in log.append("rejected \(error)") }
            queueMicrotask { log.append("microtask") }
            setTimeout(2) { log.append("timer 2") }
            setTimeout(6) {
                log.append("rejecting")
                reject(Sentinel(id: 6))
                log.append("rejected")
            }
        }
        #expect(code == 0)
        #expect(log == ["microtask", "timer 2", "rejecting", "rejected", "rejected Sentinel(6)"])
    }

    /// 2.2.3.2: a promise that is fulfilled never calls onRejected.
    @Test(arguments: Timing.allCases)
    func neverCalledForAFulfilledPromise(timing: Timing) throws {
        var log: [String] = []
        let code = try runAPlus {
            fulfilled(3, timing).then({ log.append("fulfilled \($0)") }, { log.append("rejected \($0)") })
        }
        #expect(code == 0)
        #expect(log == ["fulfilled 3"])
    }

    /// 2.2.3.3: called once, however often and from wherever resolve and reject are called again.
    @Test(arguments: SettlePoint.allCases, ChangeAttempt.allCases)
    func calledAtMostOnce(point: SettlePoint, attempt: ChangeAttempt) throws {
        var calls = 0
        var fulfilments = 0
        let code = try runAPlus(allowingUnhandledRejections: true) {
            let promise: Promise<Int> = point.promise { resolve, reject in
                reject(Sentinel(id: 7))
                attempt.perform(resolve, reject, thenableCalls: CallCounter())
                attempt.perform(resolve, reject, thenableCalls: CallCounter())
            }
            promise.then({ _ in fulfilments += 1 }, { _ in calls += 1 })
        }
        #expect(code == 0)
        #expect(calls == 1)
        #expect(fulfilments == 0)
    }
}
