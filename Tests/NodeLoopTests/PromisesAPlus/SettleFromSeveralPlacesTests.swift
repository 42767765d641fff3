import Testing
@testable import NodeLoop

// One promise, several would-be settlers: only the first call to its resolve or reject
// function counts (2.1.2 / 2.1.3 with 2.3.3.3.3's "first call takes precedence" applied to a
// promise's own resolving functions). Resolving with a promise or a thenable that is still
// pending already counts as that first call: later calls are ignored although the promise is
// still pending.

/// What the first settler does.
enum FirstCall: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case fulfil
    case reject
    case resolveWithLaterFulfilledPromise
    case resolveWithLaterRejectedPromise
    case resolveWithLaterFulfillingThenable
    case resolveWithLaterRejectingThenable
    var testDescription: String { rawValue }

    func perform(_ resolve: PromiseResolver<Int>, _ reject: PromiseRejecter, id: Int) {
        switch self {
        case .fulfil: resolve(id)
        case .reject: reject(Sentinel(id: id))
        case .resolveWithLaterFulfilledPromise: resolve(fulfilled(id, .eventually))
        case .resolveWithLaterRejectedPromise: resolve(rejected(Sentinel(id: id), .eventually))
        case .resolveWithLaterFulfillingThenable: resolve(ScriptedThenable([.after(3, [.fulfil(id)])]))
        case .resolveWithLaterRejectingThenable: resolve(ScriptedThenable([.after(3, [.reject(Sentinel(id: id))])]))
        }
    }

    func expected(id: Int) -> String {
        switch self {
        case .fulfil, .resolveWithLaterFulfilledPromise, .resolveWithLaterFulfillingThenable: return "fulfilled \(id)"
        case .reject, .resolveWithLaterRejectedPromise, .resolveWithLaterRejectingThenable: return "rejected Sentinel(\(id))"
        }
    }
}

@Suite("PromisesAPlus settling one promise from several places")
struct PromisesAPlusSeveralSettlersTests {
    /// Settlers in a nextTick, a microtask, an immediate and two timers: the nextTick runs first
    /// (Node runs the nextTick queue before promise jobs) and wins; every later call is ignored.
    @Test(arguments: FirstCall.allCases)
    func theEarliestCallerWins(first: FirstCall) throws {
        var log: [String] = []
        let code = try runAPlus {
            let (promise, resolve, reject) = Promise<Int>.withResolvers()
            promise.then({ log.append("fulfilled \($0)") }, { log.append("rejected \($0)") })
            setTimeout(6) { log.append("timer 6"); resolve(6) }
            setTimeout(1) { log.append("timer 1"); reject(Sentinel(id: 5)) }
            setImmediate { log.append("immediate"); resolve(4) }
            queueMicrotask { log.append("microtask"); reject(Sentinel(id: 3)) }
            process.nextTick { log.append("nextTick"); first.perform(resolve, reject, id: 1) }
        }
        #expect(code == 0)
        let outcome = first.expected(id: 1)
        switch first {
        case .fulfil, .reject:
            // The immediate races the timers at top level (as in Node, by how long the loop
            // takes to start); the timers keep their order.
            #expect(Array(log.prefix(3)) == ["nextTick", "microtask", outcome])
            #expect(log.dropFirst(3).filter { $0 != "immediate" } == ["timer 1", "timer 6"])
            #expect(log.count == 6 && log.contains("immediate"))
        default:
            // Adopted outcomes arrive only when the promise or thenable settles, at 2-3 ms.
            #expect(log.first == "nextTick")
            #expect(log.last == "timer 6")
            #expect(log.filter { $0.hasPrefix("fulfilled") || $0.hasPrefix("rejected") } == [outcome])
            #expect(Set(log) == ["nextTick", "microtask", "timer 1", "immediate", "timer 6", outcome])
        }
    }

    /// The executor's own functions, kept and called from several callbacks after the executor
    /// settled the promise, are all ignored.
    @Test(arguments: FirstCall.allCases)
    func callsAfterTheExecutorSettledAreIgnored(first: FirstCall) throws {
        var log: [String] = []
        let code = try runAPlus {
            var kept: (PromiseResolver<Int>, PromiseRejecter)?
            let promise = Promise<Int> { resolve, reject in
                first.perform(resolve, reject, id: 1)
                kept = (resolve, reject)
            }
            promise.then({ log.append("fulfilled \($0)") }, { log.append("rejected \($0)") })
            queueMicrotask { kept?.0(2) }
            setTimeout(1) { kept?.1(Sentinel(id: 3)) }
            setTimeout(2) { kept?.0(Promise.resolve(4)) }
            setTimeout(8) { kept?.0(ScriptedThenable([.fulfil(5)])) }
        }
        #expect(code == 0)
        #expect(log == [first.expected(id: 1)])
    }

    /// An executor that schedules settlers and then throws is rejected with the error; the
    /// scheduled settlers are ignored.
    @Test func anExecutorThatThrowsBeatsTheSettlersItScheduled() throws {
        var log: [String] = []
        let code = try runAPlus {
            let promise = Promise<Int> { resolve, reject in
                queueMicrotask { resolve(1) }
                setTimeout(1) { reject(Sentinel(id: 2)) }
                throw Sentinel(id: 3)
            }
            promise.then({ log.append("fulfilled \($0)") }, { log.append("rejected \($0)") })
        }
        #expect(code == 0)
        #expect(log == ["rejected Sentinel(3)"])
    }

    /// Two promises' handlers race to settle a third; the handler that runs first wins.
    @Test(arguments: Settlement.allCases, Settlement.allCases)
    func handlersOfOtherPromisesRaceToSettleAThird(firstWay: Settlement, secondWay: Settlement) throws {
        var log: [String] = []
        let code = try runAPlus {
            let (target, resolve, reject) = Promise<Int>.withResolvers()
            target.then({ log.append("fulfilled \($0)") }, { log.append("rejected \($0)") })
            let settle = { (way: Settlement, id: Int) -> Void in
                if way == .fulfil { resolve(id) } else { reject(Sentinel(id: id)) }
            }
            let slow = fulfilled(2, .eventually)
            let fast = fulfilled(1, .microtask)
            slow.then { settle(secondWay, $0) }
            fast.then { settle(firstWay, $0) }
        }
        #expect(code == 0)
        #expect(log == [firstWay == .fulfil ? "fulfilled 1" : "rejected Sentinel(1)"])
    }

    /// resolve(pendingPromise) locks the promise to it: a reject before that promise settles is
    /// ignored, and the outcome is the adopted one.
    @Test(arguments: Settlement.allCases)
    func resolvingWithAPendingPromiseLocksIn(adopted: Settlement) throws {
        var log: [String] = []
        let code = try runAPlus {
            let (promise, resolve, reject) = Promise<Int>.withResolvers()
            promise.then({ log.append("fulfilled \($0)") }, { log.append("rejected \($0)") })
            resolve(adopted.promise(.eventually))
            queueMicrotask { log.append("reject attempt"); reject(otherReason) }
            setTimeout(1) { log.append("resolve attempt"); resolve(99) }
        }
        #expect(code == 0)
        let outcome = adopted == .fulfil ? "fulfilled 1" : "rejected Sentinel(1)"
        // The 1 ms resolve attempt and the adopted promise's 2 ms settlement may swap on a
        // loaded machine; either way the outcome is the adopted one, and only once.
        #expect(log.first == "reject attempt")
        #expect(Set(log.dropFirst()) == ["resolve attempt", outcome] && log.count == 3)
    }

    /// A thenable that hands its resolve functions to several callbacks: the first call from any
    /// of them wins. `then` runs as a promise job, so the microtask it queues runs in the same
    /// drain, before the nextTick it queues (as in Node).
    @Test(arguments: FirstCall.allCases)
    func aThenableCallingBackFromSeveralPlacesCountsTheFirst(first: FirstCall) throws {
        struct ScatteringThenable: Thenable {
            let first: FirstCall
            func then(_ resolve: PromiseResolver<Int>, _ reject: PromiseRejecter) throws {
                setTimeout(4) { resolve(4) }
                setImmediate { reject(Sentinel(id: 3)) }
                process.nextTick { resolve(2) }
                queueMicrotask { first.perform(resolve, reject, id: 1) }
            }
        }
        var log: [String] = []
        let code = try runAPlus {
            Promise<Int> { resolve, _ in resolve(ScatteringThenable(first: first)) }
                .then({ log.append("fulfilled \($0)") }, { log.append("rejected \($0)") })
        }
        #expect(code == 0)
        #expect(log == [first.expected(id: 1)])
    }
}
