import Testing
@testable import NodeLoop

// Promises/A+ 1.1, 2.3.3: x is an object or function (a thenable).
//
// In Swift a thenable is a value whose type conforms to `Thenable`; [[Resolve]](promise, x) is
// reached when a resolve function (executor, `withResolvers`, a thenable's own resolvePromise) or
// `Promise.resolve` receives one. A `then` handler cannot return a foreign thenable to be adopted
// (Swift's types would make the result a promise *of* the thenable), so the handler entry points
// return `Promise.resolve(thenable)`.
//
// 2.3.3.1     "Let then be x.then": x's own `then` is called, exactly once per resolution
//             -> call counters in every test, and a class thenable checked by identity.
// 2.3.3.2     "If retrieving x.then throws e, reject promise with e": Swift has no property
//             getter on the way to `then`; the equivalent is a `then` that throws before doing
//             anything -> shape `throwsAtOnce`.
// 2.3.3.3     Call then with x as `this`: in Swift, `then` is x's method, so `self` is x
//             -> `thenIsCalledOnXItself`.
// 2.3.3.3.1   resolvePromise(y) runs [[Resolve]](promise, y): y a plain value of every kind, a
//             thenable (sync, async, nested several deep), a promise (settled now or later).
// 2.3.3.3.2   rejectPromise(r) rejects promise with r, whatever r is: every reason kind, including
//             an error that is itself a thenable (never adopted).
// 2.3.3.3.3   Both called, or one called several times: the first call wins (shapes *Twice,
//             *Then*, racing timers).
// 2.3.3.3.4.1 `then` throws after resolvePromise/rejectPromise was called: the throw is ignored.
// 2.3.3.3.4.2 `then` throws before either was called: promise is rejected with the error.
// 2.3.3.4     then is not a function: fulfil promise with x -> values whose types have a `then`
//             member but do not conform to `Thenable`.
//
// Shapes are crossed with every value kind (fulfilling shapes) or reason kind (rejecting
// shapes); a smaller set of shapes is crossed with every entry point into [[Resolve]].

/// Thenable scripts that end in fulfilment with `sample.value`.
enum FulfilShape: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case fulfilsAtOnce
    case fulfilsLater
    case fulfilsThenThrows
    case fulfilsTwice
    case fulfilsNowAndAgainLater
    case fulfilsThenRejects
    case fulfilsThenRejectsLater
    case fulfilsLaterThenRejectsAndFulfilsAgain
    case fulfilsAndRejectsFromRacingTimers
    case resolvesWithFulfillingThenable
    case resolvesWithLaterFulfillingThenable
    case resolvesWithThenableLater
    case resolvesWithFulfilledPromise
    case resolvesWithLaterFulfilledPromise
    case resolvesThroughADeepChain
    case resolvesWithPendingThenableThenRejects
    case resolvesWithPendingThenableThenThrows
    case resolvesWithThenableThatCallsBackThrice
    case resolvesWithThenableThatFulfilsThenThrows
    case resolvesWithPendingPromiseThenFulfilsAgain
    var testDescription: String { rawValue }

    func steps<V>(_ sample: Sample<V>) -> [ThenableStep<V>] {
        let value = sample.value
        let other = sample.other
        typealias Scripted = ScriptedThenable<V>
        switch self {
        case .fulfilsAtOnce:
            return [.fulfil(value)]
        case .fulfilsLater:
            return [.after(2, [.fulfil(value)])]
        case .fulfilsThenThrows:
            return [.fulfil(value), .throw(otherReason)]
        case .fulfilsTwice:
            return [.fulfil(value), .fulfil(other)]
        case .fulfilsNowAndAgainLater:
            return [.fulfil(value), .after(2, [.fulfil(other)])]
        case .fulfilsThenRejects:
            return [.fulfil(value), .reject(otherReason)]
        case .fulfilsThenRejectsLater:
            return [.fulfil(value), .after(2, [.reject(otherReason)])]
        case .fulfilsLaterThenRejectsAndFulfilsAgain:
            return [.after(2, [.fulfil(value), .reject(otherReason), .fulfil(other)])]
        case .fulfilsAndRejectsFromRacingTimers:
            return [.after(2, [.fulfil(value)]), .after(4, [.reject(otherReason)])]
        case .resolvesWithFulfillingThenable:
            return [.resolveThenable(Scripted([.fulfil(value)]))]
        case .resolvesWithLaterFulfillingThenable:
            return [.resolveThenable(Scripted([.after(2, [.fulfil(value)])]))]
        case .resolvesWithThenableLater:
            return [.after(2, [.resolveThenable(Scripted([.fulfil(value)]))])]
        case .resolvesWithFulfilledPromise:
            return [.resolvePromise { Promise.resolve(value) }]
        case .resolvesWithLaterFulfilledPromise:
            return [.resolvePromise { fulfilled(value, .eventually) }]
        case .resolvesThroughADeepChain:
            // thenable -> thenable (later) -> promise -> thenable -> thenable -> value
            let innermost = Scripted([.resolveThenable(Scripted([.fulfil(value)]))])
            let promise = { Promise<V> { resolve, _ in resolve(innermost) } }
            return [.resolveThenable(Scripted([.after(1, [.resolvePromise(promise)])]))]
        case .resolvesWithPendingThenableThenRejects:
            return [.resolveThenable(Scripted([.after(2, [.fulfil(value)])])), .reject(otherReason)]
        case .resolvesWithPendingThenableThenThrows:
            return [.resolveThenable(Scripted([.after(2, [.fulfil(value)])])), .throw(otherReason)]
        case .resolvesWithThenableThatCallsBackThrice:
            return [.resolveThenable(Scripted([.fulfil(value), .fulfil(other), .reject(otherReason)]))]
        case .resolvesWithThenableThatFulfilsThenThrows:
            return [.resolveThenable(Scripted([.fulfil(value), .throw(otherReason)]))]
        case .resolvesWithPendingPromiseThenFulfilsAgain:
            return [.resolvePromise { fulfilled(value, .eventually) }, .fulfil(other)]
        }
    }
}

/// Thenable scripts that end in rejection with `reason`.
enum RejectShape: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case rejectsAtOnce
    case rejectsLater
    case throwsAtOnce
    case throwsWhileAFulfilmentIsScheduled
    case rejectsThenThrows
    case rejectsTwice
    case rejectsThenFulfils
    case rejectsThenResolvesWithThenable
    case rejectsLaterThenFulfils
    case rejectsNowAndFulfilsLater
    case resolvesWithRejectingThenable
    case resolvesWithLaterRejectingThenable
    case resolvesWithThrowingThenable
    case resolvesWithRejectedPromise
    case resolvesWithLaterRejectedPromise
    case rejectsThroughADeepChain
    case resolvesWithPendingRejectingThenableThenFulfils
    var testDescription: String { rawValue }

    func steps(_ reason: any Error) -> [ThenableStep<Int>] {
        typealias Scripted = ScriptedThenable<Int>
        switch self {
        case .rejectsAtOnce:
            return [.reject(reason)]
        case .rejectsLater:
            return [.after(2, [.reject(reason)])]
        case .throwsAtOnce:
            return [.throw(reason), .fulfil(-1)]
        case .throwsWhileAFulfilmentIsScheduled:
            return [.after(2, [.fulfil(-1)]), .throw(reason)]
        case .rejectsThenThrows:
            return [.reject(reason), .throw(otherReason)]
        case .rejectsTwice:
            return [.reject(reason), .reject(otherReason)]
        case .rejectsThenFulfils:
            return [.reject(reason), .fulfil(-1)]
        case .rejectsThenResolvesWithThenable:
            return [.reject(reason), .resolveThenable(Scripted([.fulfil(-1)]))]
        case .rejectsLaterThenFulfils:
            return [.after(2, [.reject(reason), .fulfil(-1)])]
        case .rejectsNowAndFulfilsLater:
            return [.reject(reason), .after(2, [.fulfil(-1)])]
        case .resolvesWithRejectingThenable:
            return [.resolveThenable(Scripted([.reject(reason)]))]
        case .resolvesWithLaterRejectingThenable:
            return [.resolveThenable(Scripted([.after(2, [.reject(reason)])]))]
        case .resolvesWithThrowingThenable:
            return [.resolveThenable(Scripted([.throw(reason)]))]
        case .resolvesWithRejectedPromise:
            return [.resolvePromise { Promise.reject(reason) }]
        case .resolvesWithLaterRejectedPromise:
            return [.resolvePromise { rejected(reason, .eventually) }]
        case .rejectsThroughADeepChain:
            // thenable -> promise -> thenable (later) -> rejection
            let innermost = Scripted([.after(1, [.reject(reason)])])
            let promise = { Promise<Int> { resolve, _ in resolve(innermost) } }
            return [.resolveThenable(Scripted([.resolvePromise(promise)]))]
        case .resolvesWithPendingRejectingThenableThenFulfils:
            return [.resolveThenable(Scripted([.after(2, [.reject(reason)])])), .fulfil(-1)]
        }
    }
}

/// Thenable scripts that never settle the promise.
enum PendingShape: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case neverCallsBack
    case resolvesWithNeverSettlingThenable
    case resolvesWithNeverSettlingPromise
    case resolvesWithThenableLaterThatNeverSettles
    var testDescription: String { rawValue }
}

/// Every way [[Resolve]](promise, thenable) can be reached.
enum ThenableEntry: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case executorResolves
    case resolvedLater
    case promiseResolve
    case thenHandlerReturnsPromiseResolve
    case catchHandlerReturnsPromiseResolve
    var testDescription: String { rawValue }

    func promise<T: Thenable>(_ thenable: T) -> Promise<T.Value> {
        switch self {
        case .executorResolves:
            return Promise { resolve, _ in resolve(thenable) }
        case .resolvedLater:
            let (promise, resolve, _) = Promise<T.Value>.withResolvers()
            setTimeout(1) { resolve(thenable) }
            return promise
        case .promiseResolve:
            return Promise.resolve(thenable)
        case .thenHandlerReturnsPromiseResolve:
            return Promise<Void>.resolve().then { _ -> Promise<T.Value> in Promise.resolve(thenable) }
        case .catchHandlerReturnsPromiseResolve:
            return Promise<T.Value>.reject(otherReason).catch { _ in Promise.resolve(thenable) }
        }
    }
}

@Suite("PromisesAPlus 2.3.3 thenables")
struct PromisesAPlus233ThenableTests {
    // MARK: Shapes × values and reasons

    /// 2.3.3.3.1 / 2.3.3.3.3 / 2.3.3.3.4.1: thenables that fulfil, however they get there and
    /// whatever they try afterwards, fulfil promise with their first value.
    @Test(arguments: FulfilShape.allCases, ValueKind.allCases)
    func fulfillingThenables(shape: FulfilShape, kind: ValueKind) throws {
        try kind.apply(FulfilProbe(shape: shape, entry: .executorResolves))
    }

    struct FulfilProbe: ValueProbe {
        let shape: FulfilShape
        let entry: ThenableEntry
        func probe<V>(_ sample: Sample<V>) throws {
            let calls = CallCounter()
            let recorder = Recorder<V>()
            let code = try runAPlus {
                let thenable = ScriptedThenable(shape.steps(sample), calls: calls)
                recorder.record(entry.promise(thenable))
            }
            #expect(code == 0)
            #expect(calls.count == 1)
            #expect(recorder.isFulfilled(with: sample.value, same: sample.same))
        }
    }

    /// 2.3.3.2 / 2.3.3.3.2 / 2.3.3.3.3 / 2.3.3.3.4.2: thenables that reject or throw first reject
    /// promise with exactly that reason, whatever they try afterwards.
    @Test(arguments: RejectShape.allCases, ReasonKind.allCases)
    func rejectingThenables(shape: RejectShape, kind: ReasonKind) throws {
        let reason = kind.sample()
        let calls = CallCounter()
        let recorder = Recorder<Int>()
        let code = try runAPlus {
            let thenable = ScriptedThenable(shape.steps(reason.error), calls: calls)
            recorder.record(ThenableEntry.executorResolves.promise(thenable))
        }
        #expect(code == 0)
        #expect(calls.count == 1)
        #expect(recorder.isRejected(reason.matches))
    }

    // MARK: Entry points

    /// Fulfilling shapes reach [[Resolve]] the same way from every entry point.
    @Test(arguments: ThenableEntry.allCases, [FulfilShape.fulfilsAtOnce, .fulfilsLater, .fulfilsThenRejects, .resolvesWithLaterFulfillingThenable, .resolvesThroughADeepChain])
    func fulfillingThenablesFromEveryEntryPoint(entry: ThenableEntry, shape: FulfilShape) throws {
        try ValueKind.int.apply(FulfilProbe(shape: shape, entry: entry))
    }

    /// Rejecting shapes reach [[Resolve]] the same way from every entry point.
    @Test(arguments: ThenableEntry.allCases, [RejectShape.rejectsAtOnce, .throwsAtOnce, .rejectsThenFulfils, .resolvesWithRejectedPromise, .rejectsThroughADeepChain])
    func rejectingThenablesFromEveryEntryPoint(entry: ThenableEntry, shape: RejectShape) throws {
        let calls = CallCounter()
        let recorder = Recorder<Int>()
        let code = try runAPlus {
            recorder.record(entry.promise(ScriptedThenable(shape.steps(Sentinel(id: 3)), calls: calls)))
        }
        #expect(code == 0)
        #expect(calls.count == 1)
        #expect(recorder.isRejected { ($0 as? Sentinel) == Sentinel(id: 3) })
    }

    /// A thenable that never calls back (directly or through what it resolves with) leaves
    /// promise pending: no handler runs, and the run still ends.
    @Test(arguments: PendingShape.allCases, ThenableEntry.allCases)
    func pendingThenablesLeaveThePromisePending(shape: PendingShape, entry: ThenableEntry) throws {
        var log: [String] = []
        let calls = CallCounter()
        let innerCalls = CallCounter()
        let code = try runAPlus {
            let promise: Promise<Int>
            switch shape {
            case .neverCallsBack:
                promise = entry.promise(NeverSettlingThenable<Int>(calls: calls))
            case .resolvesWithNeverSettlingThenable:
                promise = entry.promise(ScriptedThenable<Int>([.resolveThenable(ScriptedThenable([], calls: innerCalls))], calls: calls))
            case .resolvesWithNeverSettlingPromise:
                promise = entry.promise(ScriptedThenable<Int>([.resolvePromise { Promise { _, _ in } }], calls: calls))
            case .resolvesWithThenableLaterThatNeverSettles:
                promise = entry.promise(ScriptedThenable<Int>([.after(2, [.resolveThenable(ScriptedThenable([], calls: innerCalls))])], calls: calls))
            }
            promise.then({ log.append("fulfilled \($0)") }, { log.append("rejected \($0)") })
            setTimeout(10) { log.append("timer 10") }
        }
        #expect(code == 0)
        #expect(log == ["timer 10"])
        #expect(calls.count == 1)
        let innerThenable = shape == .resolvesWithNeverSettlingThenable || shape == .resolvesWithThenableLaterThatNeverSettles
        #expect(innerCalls.count == (innerThenable ? 1 : 0))
    }

    // MARK: 2.3.3.1 / 2.3.3.3: which `then`, how often

    /// x's own `then` is called (Swift's `self` is x), once, however many handlers the promise has.
    @Test(arguments: ThenableEntry.allCases)
    func thenIsCalledOnXItselfExactlyOnce(entry: ThenableEntry) throws {
        final class SelfRecordingThenable: Thenable {
            typealias Value = String
            var receivers: [ObjectIdentifier] = []
            func then(_ resolve: PromiseResolver<String>, _ reject: PromiseRejecter) throws {
                receivers.append(ObjectIdentifier(self))
                resolve("from x")
            }
        }
        let x = SelfRecordingThenable()
        var log: [String] = []
        let code = try runAPlus {
            let promise = entry.promise(x)
            for name in ["a", "b", "c"] {
                promise.then({ log.append("\(name) \($0)") }, { log.append("\(name) rejected \($0)") })
            }
        }
        #expect(code == 0)
        #expect(x.receivers == [ObjectIdentifier(x)])
        #expect(log == ["a from x", "b from x", "c from x"])
    }

    /// One thenable resolving two promises: its `then` is called once for each resolution, and
    /// each promise gets its own call's outcome.
    @Test func eachResolutionCallsThenOnce() throws {
        final class CountingThenable: Thenable {
            typealias Value = Int
            var count = 0
            func then(_ resolve: PromiseResolver<Int>, _ reject: PromiseRejecter) throws {
                count += 1
                let call = count
                setTimeout(Double(call)) { resolve(call * 100) }
            }
        }
        let x = CountingThenable()
        var log: [String] = []
        let code = try runAPlus {
            let first = Promise<Int> { resolve, _ in resolve(x) }
            let second = Promise<Int> { resolve, _ in resolve(x) }
            first.then { log.append("first \($0)") }
            second.then { log.append("second \($0)") }
        }
        #expect(code == 0)
        #expect(x.count == 2)
        #expect(log == ["first 100", "second 200"])
    }

    /// Resolving the same promise with a thenable twice calls `then` once: the second resolve is
    /// ignored (the promise is already resolved, though still pending).
    @Test func aSecondResolveWithAThenableIsIgnored() throws {
        let firstCalls = CallCounter()
        let secondCalls = CallCounter()
        var log: [String] = []
        let code = try runAPlus {
            let promise = Promise<Int> { resolve, reject in
                resolve(ScriptedThenable([.after(2, [.fulfil(1)])], calls: firstCalls))
                resolve(ScriptedThenable([.fulfil(2)], calls: secondCalls))
                reject(otherReason)
                resolve(3)
            }
            promise.then({ log.append("fulfilled \($0)") }, { log.append("rejected \($0)") })
        }
        #expect(code == 0)
        #expect(firstCalls.count == 1)
        #expect(secondCalls.count == 0)
        #expect(log == ["fulfilled 1"])
    }

    /// 2.3.3.3.1: y may be a thenable at any depth: nested thenables, each calling back at once or
    /// later, still fulfil promise, and each one's `then` is called once.
    @Test(arguments: [1, 2, 5, 10])
    func nestedThenablesOfAnyDepth(depth: Int) throws {
        var log: [String] = []
        let counters = (0..<depth).map { _ in CallCounter() }
        let code = try runAPlus {
            var thenable = ScriptedThenable<Int>([.after(1, [.fulfil(depth)])], calls: counters[0])
            for level in 1..<depth {
                let inner = thenable
                thenable = ScriptedThenable(level.isMultiple(of: 2) ? [.resolveThenable(inner)] : [.after(1, [.resolveThenable(inner)])],
                                            calls: counters[level])
            }
            Promise<Int> { resolve, _ in resolve(thenable) }
                .then({ log.append("fulfilled \($0)") }, { log.append("rejected \($0)") })
        }
        #expect(code == 0)
        #expect(log == ["fulfilled \(depth)"])
        #expect(counters.map(\.count) == Array(repeating: 1, count: depth))
    }

    /// 2.3.3.3.2: rejecting with an error that is itself a thenable rejects with it, without
    /// calling its `then` (adopting it would fulfil with 999).
    @Test(arguments: ThenableEntry.allCases)
    func aThenableReasonIsNotAdopted(entry: ThenableEntry) throws {
        let recorder = Recorder<Int>()
        let code = try runAPlus {
            let x = ScriptedThenable<Int>([.reject(APlusThenableError(id: 1))])
            recorder.record(entry.promise(x))
        }
        #expect(code == 0)
        #expect(recorder.isRejected { ($0 as? APlusThenableError) == APlusThenableError(id: 1) })
    }

    /// Handlers attached to a promise that adopts a thenable are not called before the thenable
    /// calls back, and run in order once it does.
    @Test func handlersWaitForTheThenable() throws {
        var log: [String] = []
        let code = try runAPlus {
            var resolveLater: PromiseResolver<Int>?
            struct CapturingThenable: Thenable {
                let capture: (PromiseResolver<Int>) -> Void
                func then(_ resolve: PromiseResolver<Int>, _ reject: PromiseRejecter) throws { capture(resolve) }
            }
            let promise = Promise<Int> { resolve, _ in resolve(CapturingThenable { resolveLater = $0 }) }
            promise.then { log.append("a \($0)") }
            promise.then { log.append("b \($0)") }
            setTimeout(3) {
                log.append("calling back")
                resolveLater?(5)
                resolveLater?(6)
                log.append("called back")
            }
        }
        #expect(code == 0)
        #expect(log == ["calling back", "called back", "a 5", "b 5"])
    }

    // MARK: 2.3.3.4: `then` that is not a function

    /// A struct with a stored `then` that is not a method.
    struct StoredThen: Equatable {
        let then: Int
    }

    /// A struct with a `then` method of some other shape.
    struct UnrelatedThenMethod: Equatable {
        let id: Int
        func then(_ callback: (Int) -> Void) { callback(id) }
    }

    /// A class with a closure property named `then`, compared by identity.
    final class ClosureThen {
        var calls = 0
        lazy var then: (Int) -> Void = { [unowned self] _ in self.calls += 1 }
    }

    /// Values with a `then` member that is not a `Thenable` conformance fulfil promise with x
    /// itself; nothing named `then` is called.
    @Test(arguments: ThenableEntry.allCases)
    func aThenThatIsNotAThenableMethodFulfilsWithX(entry: ThenableEntry) throws {
        let closureThen = ClosureThen()
        let stored = Recorder<StoredThen>()
        let unrelated = Recorder<UnrelatedThenMethod>()
        let identity = Recorder<ClosureThen>()
        let code = try runAPlus {
            stored.record(entry.plainPromise(StoredThen(then: 4)))
            unrelated.record(entry.plainPromise(UnrelatedThenMethod(id: 5)))
            identity.record(entry.plainPromise(closureThen))
        }
        #expect(code == 0)
        #expect(stored.isFulfilled(with: StoredThen(then: 4)))
        #expect(unrelated.isFulfilled(with: UnrelatedThenMethod(id: 5)))
        #expect(identity.isFulfilled(with: closureThen, same: ===))
        #expect(closureThen.calls == 0)
    }
}

extension ThenableEntry {
    /// The same entry points with a plain (non-thenable) value x.
    func plainPromise<V>(_ x: V) -> Promise<V> {
        switch self {
        case .executorResolves:
            return Promise { resolve, _ in resolve(x) }
        case .resolvedLater:
            let (promise, resolve, _) = Promise<V>.withResolvers()
            setTimeout(1) { resolve(x) }
            return promise
        case .promiseResolve:
            return Promise.resolve(x)
        case .thenHandlerReturnsPromiseResolve:
            return Promise<Void>.resolve().then { _ -> V in x }
        case .catchHandlerReturnsPromiseResolve:
            return Promise<V>.reject(otherReason).catch { _ in x }
        }
    }
}
