import Testing
@testable import NodeLoop

// Promises/A+ 1.1, 2.1 Promise States.
//
// 2.1.1   pending: may transition to fulfilled or rejected       -> PromisesAPlus211PendingTests
// 2.1.2.1 fulfilled: must not transition to any other state      -> attempts after fulfilment
// 2.1.2.2 fulfilled: must have a value, which must not change    -> every observer sees the same value
// 2.1.3.1 rejected: must not transition to any other state       -> attempts after rejection
// 2.1.3.2 rejected: must have a reason, which must not change    -> every observer sees the same reason
//
// "Must not change" is checked by identity for class instances; Swift value types are copied,
// so for them it means every observer gets an equal value.

/// Where the first settlement happens; the attempts to change it follow right after it.
enum SettlePoint: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case executor
    case microtask
    case timer
    var testDescription: String { rawValue }

    /// Makes a promise and runs `settle` with its resolving functions at this point.
    func promise<V>(_ settle: @escaping (PromiseResolver<V>, PromiseRejecter) -> Void) -> Promise<V> {
        switch self {
        case .executor:
            return Promise { resolve, reject in settle(resolve, reject) }
        case .microtask:
            return Promise { resolve, reject in queueMicrotask { settle(resolve, reject) } }
        case .timer:
            return Promise { resolve, reject in setTimeout(1) { settle(resolve, reject) } }
        }
    }
}

/// What is tried after the first settlement to change it. Every attempt must be ignored.
enum ChangeAttempt: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case rejectAtOnce
    case resolveAgainAtOnce
    case resolveWithSettledPromiseAtOnce
    case resolveWithThenableAtOnce
    case rejectInMicrotask
    case resolveAgainInMicrotask
    case rejectInTimer
    case resolveAgainInTimer
    case alternateManyTimes
    var testDescription: String { rawValue }

    /// Runs the attempt; `thenableCalls` counts calls of any thenable offered (must stay 0).
    func perform(_ resolve: PromiseResolver<Int>, _ reject: PromiseRejecter, thenableCalls: CallCounter) {
        let thenable = ScriptedThenable<Int>([.fulfil(-1)], calls: thenableCalls)
        switch self {
        case .rejectAtOnce:
            reject(otherReason)
        case .resolveAgainAtOnce:
            resolve(-1)
        case .resolveWithSettledPromiseAtOnce:
            resolve(Promise.resolve(-1))
            resolve(Promise<Int>.reject(otherReason))
        case .resolveWithThenableAtOnce:
            resolve(thenable)
        case .rejectInMicrotask:
            queueMicrotask { reject(otherReason) }
        case .resolveAgainInMicrotask:
            queueMicrotask { resolve(-1) }
        case .rejectInTimer:
            setTimeout(3) { reject(otherReason) }
        case .resolveAgainInTimer:
            setTimeout(3) { resolve(-1) }
        case .alternateManyTimes:
            for round in 0..<5 {
                resolve(-round)
                reject(Sentinel(id: round))
                resolve(thenable)
            }
        }
    }
}

@Suite("PromisesAPlus 2.1.1 pending")
struct PromisesAPlus211PendingTests {
    @Test func aPendingPromiseMayBecomeFulfilled() throws {
        var log: [String] = []
        let code = try runAPlus {
            let (promise, resolve, _) = Promise<Int>.withResolvers()
            promise.then({ log.append("fulfilled \($0)") }, { _ in log.append("rejected") })
            setTimeout(2) { log.append("still pending"); resolve(3) }
        }
        #expect(code == 0)
        #expect(log == ["still pending", "fulfilled 3"])
    }

    @Test func aPendingPromiseMayBecomeRejected() throws {
        var log: [String] = []
        let code = try runAPlus {
            let (promise, _, reject) = Promise<Int>.withResolvers()
            promise.then({ log.append("fulfilled \($0)") }, { log.append("rejected \($0)") })
            setTimeout(2) { log.append("still pending"); reject(Sentinel(id: 4)) }
        }
        #expect(code == 0)
        #expect(log == ["still pending", "rejected Sentinel(4)"])
    }

    @Test func aPromiseNobodySettlesStaysPendingAndCallsNoHandler() throws {
        var log: [String] = []
        let code = try runAPlus {
            let promise = Promise<Int> { _, _ in }
            promise.then({ log.append("fulfilled \($0)") }, { _ in log.append("rejected") })
            setTimeout(5) { log.append("timer") }
        }
        #expect(code == 0)
        #expect(log == ["timer"])
    }
}

@Suite("PromisesAPlus 2.1.2 fulfilled state")
struct PromisesAPlus212FulfilledTests {
    /// 2.1.2.1: once fulfilled with 1, no attempt changes it; observers before and after all see 1.
    @Test(arguments: SettlePoint.allCases, ChangeAttempt.allCases)
    func aFulfilledPromiseNeverChanges(point: SettlePoint, attempt: ChangeAttempt) throws {
        var log: [String] = []
        let thenableCalls = CallCounter()
        let code = try runAPlus(allowingUnhandledRejections: true) {
            let promise: Promise<Int> = point.promise { resolve, reject in
                resolve(1)
                attempt.perform(resolve, reject, thenableCalls: thenableCalls)
            }
            promise.then({ log.append("early fulfilled \($0)") }, { log.append("early rejected \($0)") })
            setTimeout(10) {
                promise.then({ log.append("late fulfilled \($0)") }, { log.append("late rejected \($0)") })
            }
        }
        #expect(code == 0)
        #expect(log == ["early fulfilled 1", "late fulfilled 1"])
        #expect(thenableCalls.count == 0)
    }

    /// 2.1.2.1: an executor that throws after fulfilling leaves the promise fulfilled.
    @Test func anExecutorThrowingAfterFulfillingLeavesItFulfilled() throws {
        var log: [String] = []
        let code = try runAPlus {
            let promise = Promise<Int> { resolve, _ in
                resolve(1)
                throw otherReason
            }
            promise.then({ log.append("fulfilled \($0)") }, { log.append("rejected \($0)") })
        }
        #expect(code == 0)
        #expect(log == ["fulfilled 1"])
    }

    /// 2.1.2.2: every observer, attached at any time, sees the very same value.
    @Test(arguments: ValueKind.allCases)
    func theValueNeverChanges(kind: ValueKind) throws {
        try kind.apply(SameValueProbe())
    }

    struct SameValueProbe: ValueProbe {
        func probe<V>(_ sample: Sample<V>) throws {
            let recorders = (0..<4).map { _ in Recorder<V>() }
            let code = try runAPlus {
                let (promise, resolve, reject) = Promise<V>.withResolvers()
                recorders[0].record(promise)
                resolve(sample.value)
                recorders[1].record(promise)
                resolve(sample.other)
                reject(otherReason)
                queueMicrotask { recorders[2].record(promise) }
                setTimeout(5) {
                    resolve(sample.other)
                    recorders[3].record(promise)
                }
            }
            #expect(code == 0)
            for recorder in recorders {
                #expect(recorder.isFulfilled(with: sample.value, same: sample.same))
            }
        }
    }
}

@Suite("PromisesAPlus 2.1.3 rejected state")
struct PromisesAPlus213RejectedTests {
    /// 2.1.3.1: once rejected, no attempt changes it; observers before and after all see the reason.
    @Test(arguments: SettlePoint.allCases, ChangeAttempt.allCases)
    func aRejectedPromiseNeverChanges(point: SettlePoint, attempt: ChangeAttempt) throws {
        var log: [String] = []
        let thenableCalls = CallCounter()
        let code = try runAPlus(allowingUnhandledRejections: true) {
            let promise: Promise<Int> = point.promise { resolve, reject in
                reject(Sentinel(id: 1))
                attempt.perform(resolve, reject, thenableCalls: thenableCalls)
            }
            promise.then({ log.append("early fulfilled \($0)") }, { log.append("early rejected \($0)") })
            setTimeout(10) {
                promise.then({ log.append("late fulfilled \($0)") }, { log.append("late rejected \($0)") })
            }
        }
        #expect(code == 0)
        #expect(log == ["early rejected Sentinel(1)", "late rejected Sentinel(1)"])
        #expect(thenableCalls.count == 0)
    }

    /// 2.1.3.1: an executor that throws after rejecting keeps the first reason.
    @Test func anExecutorThrowingAfterRejectingKeepsTheFirstReason() throws {
        var log: [String] = []
        let code = try runAPlus {
            let promise = Promise<Int> { _, reject in
                reject(Sentinel(id: 1))
                throw Sentinel(id: 2)
            }
            promise.then({ log.append("fulfilled \($0)") }, { log.append("rejected \($0)") })
        }
        #expect(code == 0)
        #expect(log == ["rejected Sentinel(1)"])
    }

    /// 2.1.3.2: every observer, attached at any time, sees the very same reason.
    @Test(arguments: ReasonKind.allCases)
    func theReasonNeverChanges(kind: ReasonKind) throws {
        let reason = kind.sample()
        let recorders = (0..<4).map { _ in Recorder<Int>() }
        let code = try runAPlus {
            let (promise, resolve, reject) = Promise<Int>.withResolvers()
            recorders[0].record(promise)
            reject(reason.error)
            recorders[1].record(promise)
            reject(otherReason)
            resolve(9)
            queueMicrotask { recorders[2].record(promise) }
            setTimeout(5) {
                resolve(10)
                recorders[3].record(promise)
            }
        }
        #expect(code == 0)
        for recorder in recorders {
            #expect(recorder.isRejected(reason.matches))
        }
    }
}
