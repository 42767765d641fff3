import Testing
@testable import NodeLoop

// Promises/A+ 1.1, 2.3 The Promise Resolution Procedure [[Resolve]](promise, x), first parts.
//
// 2.3.1   promise and x are the same object: reject promise with a TypeError. Reached through a
//         one-handler `then` or `catch` whose handler returns promise2 itself, and through a
//         resolve function called with its own promise (executor, `withResolvers`). The reason
//         must be a `NodeError` named "TypeError" (V8's "Chaining cycle detected" message).
// 2.3.2   x is a promise: adopt its state.
// 2.3.2.1 while x is pending, promise stays pending until x settles.
// 2.3.2.2 when (or if) x is fulfilled, fulfil promise with the same value.
// 2.3.2.3 when (or if) x is rejected, reject promise with the same reason.
//         [[Resolve]] is reached through each entry point Swift has for a promise x: a handler
//         returning it (`then`, `catch`), the executor's resolve, and a later `withResolvers`
//         resolve.

/// A reason is the TypeError of 2.3.1.
func isChainingCycleTypeError(_ error: any Error) -> Bool {
    guard let error = error as? NodeError else { return false }
    return error.name == "TypeError" && error.message == "Chaining cycle detected for promise #<Promise>"
}

@Suite("PromisesAPlus 2.3.1 self-resolution")
struct PromisesAPlus231SelfResolutionTests {
    /// onFulfilled returning promise2 itself rejects promise2 with a TypeError.
    @Test(arguments: Timing.allCases)
    func onFulfilledReturningItsOwnPromiseRejectsWithTypeError(timing: Timing) throws {
        var log: [String] = []
        let recorder = Recorder<Int>()
        let code = try runAPlus {
            var promise2: Promise<Int>!
            promise2 = fulfilled(1, timing).then { _ -> Promise<Int> in
                log.append("handler")
                return promise2
            }
            recorder.record(promise2)
        }
        #expect(code == 0)
        #expect(log == ["handler"])
        #expect(recorder.isRejected(isChainingCycleTypeError))
    }

    /// onRejected (`catch`) returning promise2 itself rejects promise2 with a TypeError.
    @Test(arguments: Timing.allCases)
    func onRejectedReturningItsOwnPromiseRejectsWithTypeError(timing: Timing) throws {
        var log: [String] = []
        let recorder = Recorder<Int>()
        let code = try runAPlus {
            let promise: Promise<Int> = rejected(Sentinel(id: 1), timing)
            var promise2: Promise<Int>!
            promise2 = promise.catch { _ -> Promise<Int> in
                log.append("handler")
                return promise2
            }
            recorder.record(promise2)
        }
        #expect(code == 0)
        #expect(log == ["handler"])
        #expect(recorder.isRejected(isChainingCycleTypeError))
    }

    /// When the executor's resolve is called with its own promise.
    enum Later: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case nextTick
        case microtask
        case timer
        var testDescription: String { rawValue }
    }

    /// The executor's resolve function called with its own promise rejects it with a TypeError.
    /// (From inside the executor itself the promise does not exist yet, so the call is deferred.)
    @Test(arguments: Later.allCases)
    func resolvingAPromiseWithItselfRejectsWithTypeError(later: Later) throws {
        let recorder = Recorder<Int>()
        let code = try runAPlus {
            var promise: Promise<Int>!
            promise = Promise { resolve, _ in
                let settle = { resolve(promise) }
                switch later {
                case .nextTick: process.nextTick(settle)
                case .microtask: queueMicrotask(settle)
                case .timer: setTimeout(1, settle)
                }
            }
            recorder.record(promise)
        }
        #expect(code == 0)
        #expect(recorder.isRejected(isChainingCycleTypeError))
    }

    /// `withResolvers`: resolve(promise) with its own promise rejects it with a TypeError, and the
    /// rejection is final.
    @Test func withResolversResolvingItsOwnPromiseRejectsWithTypeError() throws {
        var log: [String] = []
        let code = try runAPlus {
            let (promise, resolve, reject) = Promise<Int>.withResolvers()
            promise.then({ log.append("fulfilled \($0)") }, { error in
                log.append(isChainingCycleTypeError(error) ? "rejected TypeError" : "rejected \(error)")
            })
            resolve(promise)
            resolve(1)
            reject(otherReason)
        }
        #expect(code == 0)
        #expect(log == ["rejected TypeError"])
    }

    /// A handler returning a *different* promise of the same chain is no cycle: it is adopted.
    @Test func returningAnEarlierPromiseOfTheChainIsNoCycle() throws {
        var log: [String] = []
        let code = try runAPlus {
            let first = Promise.resolve(1)
            let second = first.then { $0 + 1 }
            second.then { _ in first }.then({ log.append("fulfilled \($0)") }, { log.append("rejected \($0)") })
        }
        #expect(code == 0)
        #expect(log == ["fulfilled 1"])
    }
}

/// How [[Resolve]](promise, x) is reached with a promise x.
enum PromiseEntry: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case thenHandlerReturns
    case catchHandlerReturns
    case executorResolves
    case resolvedLater
    var testDescription: String { rawValue }

    /// A promise resolved with the promise `makeX` makes.
    func resolve<V>(with makeX: @escaping () -> Promise<V>, filler: V) -> Promise<V> {
        switch self {
        case .thenHandlerReturns:
            return Promise.resolve(filler).then { _ in makeX() }
        case .catchHandlerReturns:
            return Promise<V>.reject(otherReason).catch { _ in makeX() }
        case .executorResolves:
            return Promise { resolve, _ in resolve(makeX()) }
        case .resolvedLater:
            let (promise, resolve, _) = Promise<V>.withResolvers()
            setTimeout(1) { resolve(makeX()) }
            return promise
        }
    }
}

/// The state of x while promise adopts it.
enum AdoptedState: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case alreadyFulfilled
    case fulfilledInMicrotask
    case laterFulfilled
    case alreadyRejected
    case rejectedInMicrotask
    case laterRejected
    case neverSettled
    var testDescription: String { rawValue }
}

@Suite("PromisesAPlus 2.3.2 adopting a promise")
struct PromisesAPlus232AdoptPromiseTests {
    /// 2.3.2.1-3: promise settles exactly as x does, never before it, and stays pending with it.
    @Test(arguments: PromiseEntry.allCases, AdoptedState.allCases)
    func adoptsTheStateOfX(entry: PromiseEntry, state: AdoptedState) throws {
        var log: [String] = []
        let code = try runAPlus {
            let makeX = { () -> Promise<Int> in
                log.append("x made")
                switch state {
                case .alreadyFulfilled: return Promise.resolve(7)
                case .fulfilledInMicrotask: return fulfilled(7, .microtask)
                case .alreadyRejected: return Promise.reject(Sentinel(id: 7))
                case .rejectedInMicrotask: return rejected(Sentinel(id: 7), .microtask)
                case .neverSettled: return Promise { _, _ in }
                case .laterFulfilled:
                    return Promise { resolve, _ in setTimeout(6) { log.append("x settles"); resolve(7) } }
                case .laterRejected:
                    return Promise { _, reject in setTimeout(6) { log.append("x settles"); reject(Sentinel(id: 7)) } }
                }
            }
            let promise = entry.resolve(with: makeX, filler: 0)
            promise.then({ log.append("fulfilled \($0)") }, { log.append("rejected \($0)") })
            setTimeout(4) { log.append("timer 4") }
            setTimeout(40) { log.append("timer 40") }
        }
        #expect(code == 0)
        switch state {
        case .alreadyFulfilled, .fulfilledInMicrotask:
            #expect(log == ["x made", "fulfilled 7", "timer 4", "timer 40"])
        case .alreadyRejected, .rejectedInMicrotask:
            #expect(log == ["x made", "rejected Sentinel(7)", "timer 4", "timer 40"])
        case .laterFulfilled:
            #expect(log == ["x made", "timer 4", "x settles", "fulfilled 7", "timer 40"])
        case .laterRejected:
            #expect(log == ["x made", "timer 4", "x settles", "rejected Sentinel(7)", "timer 40"])
        case .neverSettled:
            #expect(log == ["x made", "timer 4", "timer 40"])
        }
    }

    /// 2.3.2.2: the value x is fulfilled with, of any kind, is the value promise is fulfilled with.
    @Test(arguments: ValueKind.allCases, PromiseEntry.allCases)
    func adoptsTheValueOfX(kind: ValueKind, entry: PromiseEntry) throws {
        try kind.apply(AdoptValueProbe(entry: entry))
    }

    struct AdoptValueProbe: ValueProbe {
        let entry: PromiseEntry
        func probe<V>(_ sample: Sample<V>) throws {
            let recorder = Recorder<V>()
            let code = try runAPlus {
                let promise = entry.resolve(with: { fulfilled(sample.value, .eventually) }, filler: sample.other)
                recorder.record(promise)
            }
            #expect(code == 0)
            #expect(recorder.isFulfilled(with: sample.value, same: sample.same))
        }
    }

    /// 2.3.2.3: the reason x is rejected with, of any kind, is the reason promise is rejected with.
    @Test(arguments: ReasonKind.allCases, PromiseEntry.allCases)
    func adoptsTheReasonOfX(kind: ReasonKind, entry: PromiseEntry) throws {
        let reason = kind.sample()
        let recorder = Recorder<Int>()
        let code = try runAPlus {
            let promise = entry.resolve(with: { rejected(reason.error, .eventually) }, filler: 0)
            recorder.record(promise)
        }
        #expect(code == 0)
        #expect(recorder.isRejected(reason.matches))
    }

    /// 2.3.2: x that itself adopts another promise (a chain of adoptions) settles promise with the
    /// innermost outcome.
    @Test(arguments: Settlement.allCases)
    func adoptsThroughAChainOfPromises(settlement: Settlement) throws {
        var log: [String] = []
        // `outer` is adopted from a 1 ms timer; on a loaded machine `innermost` may settle
        // first, leaving `outer` rejected without a handler for a moment, which is not what
        // this clause is about.
        let code = try runAPlus(allowingUnhandledRejections: true) {
            let innermost = settlement.promise(.eventually)
            let middle = Promise<Int> { resolve, _ in resolve(innermost) }
            let outer = Promise.resolve(0).then { _ in middle }
            let outermost = Promise<Int> { resolve, _ in setTimeout(1) { resolve(outer) } }
            outermost.then({ log.append("fulfilled \($0)") }, { log.append("rejected \($0)") })
        }
        #expect(code == 0)
        #expect(log == [settlement == .fulfil ? "fulfilled 1" : "rejected Sentinel(1)"])
    }
}
