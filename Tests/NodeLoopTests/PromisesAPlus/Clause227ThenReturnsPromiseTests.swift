import Testing
@testable import NodeLoop

// Promises/A+ 1.1, 2.2.7: `then` must return a promise, `promise2 = promise1.then(f, r)`.
//
// 2.2.7   promise2 is a new promise, not promise1 -> identity checks.
// 2.2.7.1 A handler returning x runs [[Resolve]](promise2, x): a plain value fulfils promise2;
//         a promise is adopted. In Swift only the one-handler `then` and `catch` have overloads
//         whose handler returns a Promise (and is adopted); the two-handler `then` returns a
//         plain value of one type, so the adopting cases use the one-handler forms. A handler
//         returning a foreign thenable is out of reach of Swift's types (the result would be a
//         promise *of* the thenable), so thenables reach [[Resolve]] through `resolve` and
//         `Promise.resolve` in the 2.3.3 tests.
// 2.2.7.2 A handler throwing e rejects promise2 with e.
// 2.2.7.3 onFulfilled "not a function" and promise1 fulfilled: promise2 fulfilled with the same
//         value -> `catch` (no onFulfilled) on a fulfilled promise.
// 2.2.7.4 onRejected "not a function" and promise1 rejected: promise2 rejected with the same
//         reason -> one-handler `then` (no onRejected) on a rejected promise.

@Suite("PromisesAPlus 2.2.7 then returns a promise")
struct PromisesAPlus227ThenReturnsPromiseTests {
    /// 2.2.7: `then`, `catch` and `finally` return new promises, never the one they are called on.
    @Test(arguments: Settlement.allCases)
    func thenReturnsANewPromise(settlement: Settlement) throws {
        var distinct: [Bool] = []
        let code = try runAPlus {
            let promise = settlement.promise(.already)
            let viaThen = promise.then({ $0 }, { _ in 0 })
            let viaOneHandlerThen = promise.then { $0 }
            let viaCatch = promise.catch { _ in 0 }
            let viaFinally = promise.finally {}
            distinct = [viaThen, viaOneHandlerThen, viaCatch, viaFinally].map { $0 !== promise }
            distinct.append(viaThen !== viaOneHandlerThen && viaCatch !== viaFinally)
            viaOneHandlerThen.catch { _ in 0 }
            viaFinally.catch { _ in 0 }
        }
        #expect(code == 0)
        #expect(distinct == [true, true, true, true, true])
    }

    /// 2.2.7.1: the value onFulfilled returns fulfils promise2.
    @Test(arguments: ValueKind.allCases)
    func onFulfilledsReturnValueFulfilsPromise2(kind: ValueKind) throws {
        try kind.apply(ReturnValueProbe(settlement: .fulfil))
    }

    /// 2.2.7.1: the value onRejected returns fulfils promise2 (the rejection is handled).
    @Test(arguments: ValueKind.allCases)
    func onRejectedsReturnValueFulfilsPromise2(kind: ValueKind) throws {
        try kind.apply(ReturnValueProbe(settlement: .reject))
    }

    struct ReturnValueProbe: ValueProbe {
        let settlement: Settlement
        func probe<V>(_ sample: Sample<V>) throws {
            let recorder = Recorder<V>()
            let code = try runAPlus {
                let promise2 = settlement.promise(.eventually).then({ _ in sample.value }, { _ in sample.value })
                recorder.record(promise2)
            }
            #expect(code == 0)
            #expect(recorder.isFulfilled(with: sample.value, same: sample.same))
        }
    }

    /// How the promise a handler returns settles.
    enum Returned: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case alreadyFulfilled
        case eventuallyFulfilled
        case alreadyRejected
        case eventuallyRejected
        var testDescription: String { rawValue }

        func make() -> Promise<String> {
            switch self {
            case .alreadyFulfilled: return fulfilled("x", .already)
            case .eventuallyFulfilled: return fulfilled("x", .eventually)
            case .alreadyRejected: return rejected(Sentinel(id: 9), .already)
            case .eventuallyRejected: return rejected(Sentinel(id: 9), .eventually)
            }
        }

        var expected: [String] {
            switch self {
            case .alreadyFulfilled, .eventuallyFulfilled: return ["fulfilled x"]
            case .alreadyRejected, .eventuallyRejected: return ["rejected Sentinel(9)"]
            }
        }
    }

    /// 2.2.7.1: a promise returned by onFulfilled (one-handler `then`) is adopted by promise2.
    @Test(arguments: Returned.allCases, Timing.allCases)
    func aPromiseReturnedByOnFulfilledIsAdopted(returned: Returned, timing: Timing) throws {
        var log: [String] = []
        let code = try runAPlus {
            fulfilled(1, timing)
                .then { _ in returned.make() }
                .then({ log.append("fulfilled \($0)") }, { log.append("rejected \($0)") })
        }
        #expect(code == 0)
        #expect(log == returned.expected)
    }

    /// 2.2.7.1: a promise returned by onRejected (`catch`) is adopted by promise2.
    @Test(arguments: Returned.allCases, Timing.allCases)
    func aPromiseReturnedByOnRejectedIsAdopted(returned: Returned, timing: Timing) throws {
        var log: [String] = []
        let code = try runAPlus {
            let promise: Promise<String> = rejected(Sentinel(id: 1), timing)
            promise
                .catch { _ in returned.make() }
                .then({ log.append("fulfilled \($0)") }, { log.append("rejected \($0)") })
        }
        #expect(code == 0)
        #expect(log == returned.expected)
    }

    /// 2.2.7.2: whatever onFulfilled throws rejects promise2 with exactly that.
    @Test(arguments: ReasonKind.allCases, Timing.allCases)
    func onFulfilledThrowingRejectsPromise2(kind: ReasonKind, timing: Timing) throws {
        let reason = kind.sample()
        var log: [String] = []
        let recorder = Recorder<Int>()
        let code = try runAPlus {
            let promise2 = fulfilled(1, timing).then({ _ -> Int in log.append("onFulfilled"); throw reason.error },
                                                     { _ -> Int in log.append("onRejected"); return 0 })
            recorder.record(promise2)
        }
        #expect(code == 0)
        #expect(log == ["onFulfilled"])
        #expect(recorder.isRejected(reason.matches))
    }

    /// 2.2.7.2: whatever onRejected throws rejects promise2 with exactly that.
    @Test(arguments: ReasonKind.allCases, Timing.allCases)
    func onRejectedThrowingRejectsPromise2(kind: ReasonKind, timing: Timing) throws {
        let reason = kind.sample()
        var log: [String] = []
        let recorder = Recorder<Int>()
        let code = try runAPlus {
            let promise: Promise<Int> = rejected(otherReason, timing)
            let promise2 = promise.then({ _ -> Int in log.append("onFulfilled"); return 0 },
                                        { _ -> Int in log.append("onRejected"); throw reason.error })
            recorder.record(promise2)
        }
        #expect(code == 0)
        #expect(log == ["onRejected"])
        #expect(recorder.isRejected(reason.matches))
    }

    /// 2.2.7.2: the throwing forms of the one-handler overloads reject promise2 as well.
    @Test func throwingFromEveryHandlerFormRejectsPromise2() throws {
        var log: [String] = []
        let code = try runAPlus {
            let record = { (name: String, promise: Promise<Int>) -> Void in
                _ = promise.then({ log.append("\(name) fulfilled \($0)") }, { log.append("\(name) rejected \($0)") })
            }
            record("then", Promise.resolve(1).then { (_: Int) -> Int in throw Sentinel(id: 1) })
            record("then→promise", Promise.resolve(1).then { (_: Int) -> Promise<Int> in throw Sentinel(id: 2) })
            record("catch", Promise<Int>.reject(otherReason).catch { (_: any Error) -> Int in throw Sentinel(id: 3) })
            record("catch→promise", Promise<Int>.reject(otherReason).catch { (_: any Error) -> Promise<Int> in throw Sentinel(id: 4) })
            record("finally", Promise.resolve(1).finally { throw Sentinel(id: 5) })
        }
        #expect(code == 0)
        #expect(log.sorted() == [
            "catch rejected Sentinel(3)",
            "catch→promise rejected Sentinel(4)",
            "finally rejected Sentinel(5)",
            "then rejected Sentinel(1)",
            "then→promise rejected Sentinel(2)",
        ])
    }

    /// 2.2.7.3: no onFulfilled (`catch`) and promise1 fulfilled: promise2 fulfilled with the same value.
    @Test(arguments: ValueKind.allCases, Timing.allCases)
    func fulfilmentPassesThroughCatch(kind: ValueKind, timing: Timing) throws {
        try kind.apply(PassThroughProbe(timing: timing))
    }

    struct PassThroughProbe: ValueProbe {
        let timing: Timing
        func probe<V>(_ sample: Sample<V>) throws {
            var caught = 0
            let recorder = Recorder<V>()
            let code = try runAPlus {
                let promise2 = fulfilled(sample.value, timing).catch { _ in caught += 1; return sample.other }
                recorder.record(promise2)
            }
            #expect(code == 0)
            #expect(caught == 0)
            #expect(recorder.isFulfilled(with: sample.value, same: sample.same))
        }
    }

    /// 2.2.7.4: no onRejected (one-handler `then`) and promise1 rejected: promise2 rejected with
    /// the same reason.
    @Test(arguments: ReasonKind.allCases, Timing.allCases)
    func rejectionPassesThroughOneHandlerThen(kind: ReasonKind, timing: Timing) throws {
        let reason = kind.sample()
        var called = 0
        let recorder = Recorder<String>()
        let code = try runAPlus {
            let promise: Promise<Int> = rejected(reason.error, timing)
            recorder.record(promise.then { value -> String in called += 1; return "\(value)" })
        }
        #expect(code == 0)
        #expect(called == 0)
        #expect(recorder.isRejected(reason.matches))
    }
}
