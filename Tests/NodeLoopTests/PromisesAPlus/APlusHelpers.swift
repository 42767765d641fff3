import Testing
@testable import NodeLoop

// Shared pieces of the Promises/A+ 1.1 conformance suite: a runner that gives each test its own
// loop, settlement timings, sample values and reasons of many kinds, an outcome recorder, and a
// scripted thenable used by the 2.3.3 tests.

// MARK: - Running a script

/// Runs `script` on a fresh loop until nothing is pending, closes the loop and returns the
/// run's exit code. With `allowingUnhandledRejections`, rejections left without a handler on
/// purpose do not end the run with code 1.
func runAPlus(allowingUnhandledRejections: Bool = false, _ script: () throws -> Void) throws -> Int32 {
    let loop = EventLoop()
    let code = loop.run {
        if allowingUnhandledRejections { process.unhandledRejections = .none }
        try script()
    }
    try loop.close()
    return code
}

// MARK: - Reasons

/// A plain reason compared by value.
struct Sentinel: Error, Equatable, CustomStringConvertible {
    let id: Int
    var description: String { "Sentinel(\(id))" }
}

/// A custom error enum, as Swift code rejects with.
enum APlusEnumError: Error, Equatable {
    case refused(code: Int)
    case unavailable
}

/// An error class, compared by identity.
final class APlusClassError: Error {
    let label: String
    init(_ label: String) { self.label = label }
}

/// An error that is also a thenable: rejecting with it must reject with it, never adopt it
/// (2.3.3.3.2: "reject promise with r", whatever r is). If it were adopted it would fulfil with 999.
struct APlusThenableError: Error, Thenable, Equatable {
    typealias Value = Int
    let id: Int
    func then(_ resolve: PromiseResolver<Int>, _ reject: PromiseRejecter) throws {
        resolve(999)
    }
}

/// The kinds of rejection reason the suite crosses with its scenarios.
enum ReasonKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case nodeError
    case typeError
    case customEnum
    case thrownValue
    case aggregateError
    case classInstance
    case thenableError

    var testDescription: String { rawValue }

    /// A fresh reason of this kind and the test that recognises exactly it.
    func sample() -> ReasonSample {
        switch self {
        case .nodeError:
            return ReasonSample(NodeError("boom")) { ($0 as? NodeError) == NodeError("boom") }
        case .typeError:
            let error = NodeError("not a number", name: "TypeError")
            return ReasonSample(error) { ($0 as? NodeError) == error }
        case .customEnum:
            return ReasonSample(APlusEnumError.refused(code: 7)) { ($0 as? APlusEnumError) == .refused(code: 7) }
        case .thrownValue:
            return ReasonSample(ThrownValue(42)) { (($0 as? ThrownValue)?.value as? Int) == 42 }
        case .aggregateError:
            return ReasonSample(AggregateError(errors: [])) {
                guard let error = $0 as? AggregateError else { return false }
                return error.errors.isEmpty && error.message == "All promises were rejected"
            }
        case .classInstance:
            let error = APlusClassError("identity")
            return ReasonSample(error) { ($0 as? APlusClassError) === error }
        case .thenableError:
            return ReasonSample(APlusThenableError(id: 5)) { ($0 as? APlusThenableError) == APlusThenableError(id: 5) }
        }
    }
}

/// One reason and its matcher.
struct ReasonSample {
    let error: any Error
    let matches: (any Error) -> Bool

    init(_ error: any Error, matches: @escaping (any Error) -> Bool) {
        self.error = error
        self.matches = matches
    }
}

/// A reason no `ReasonKind` sample matches: what a second, ignored call rejects with.
let otherReason = Sentinel(id: -1)

// MARK: - Values

/// A struct value compared by value.
struct APlusPoint: Equatable {
    let x: Int
    let y: Int
}

/// A class instance compared by identity.
final class APlusMarker {
    let name: String
    init(_ name: String) { self.name = name }
}

/// One value of some type, a different value of the same type (what a later, ignored call
/// would deliver), and how to compare two values of that type.
struct Sample<V> {
    let value: V
    let other: V
    let same: (V, V) -> Bool
}

extension Sample where V: Equatable {
    init(_ value: V, other: V) {
        self.init(value: value, other: other, same: ==)
    }
}

/// A test body generic over the value type; `ValueKind.apply` calls it with a sample.
protocol ValueProbe {
    func probe<V>(_ sample: Sample<V>) throws
}

/// The kinds of value the suite crosses with its scenarios.
enum ValueKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case int
    case zero
    case negative
    case falseBool
    case string
    case emptyString
    case optionalNil
    case array
    case structValue
    case classInstance

    var testDescription: String { rawValue }

    func apply(_ probe: some ValueProbe) throws {
        switch self {
        case .int: try probe.probe(Sample(42, other: 43))
        case .zero: try probe.probe(Sample(0, other: 1))
        case .negative: try probe.probe(Sample(-17, other: 17))
        case .falseBool: try probe.probe(Sample(false, other: true))
        case .string: try probe.probe(Sample("value", other: "other"))
        case .emptyString: try probe.probe(Sample("", other: " "))
        case .optionalNil: try probe.probe(Sample<Int?>(nil, other: 0))
        case .array: try probe.probe(Sample([1, 2, 3], other: [3, 2, 1]))
        case .structValue: try probe.probe(Sample(APlusPoint(x: 1, y: 2), other: APlusPoint(x: 2, y: 1)))
        case .classInstance:
            try probe.probe(Sample(value: APlusMarker("a"), other: APlusMarker("a"), same: ===))
        }
    }
}

// MARK: - Timings

/// When a promise settles relative to the `then` that observes it.
enum Timing: String, CaseIterable, CustomTestStringConvertible, Sendable {
    /// `Promise.resolve` / `Promise.reject`: settled before `then` is called.
    case already
    /// The executor settles it synchronously, before `then` is called.
    case immediately
    /// Settled from a microtask queued before `then` is called, so after it.
    case microtask
    /// Settled from a timer, well after `then` is called.
    case eventually

    var testDescription: String { rawValue }
}

/// A promise fulfilled with `value` at `timing`.
func fulfilled<V>(_ value: V, _ timing: Timing) -> Promise<V> {
    switch timing {
    case .already:
        return Promise.resolve(value)
    case .immediately:
        return Promise { resolve, _ in resolve(value) }
    case .microtask:
        return Promise { resolve, _ in queueMicrotask { resolve(value) } }
    case .eventually:
        return Promise { resolve, _ in setTimeout(2) { resolve(value) } }
    }
}

/// A promise rejected with `reason` at `timing`.
func rejected<V>(_ reason: any Error, _ timing: Timing, as _: V.Type = V.self) -> Promise<V> {
    switch timing {
    case .already:
        return Promise.reject(reason)
    case .immediately:
        return Promise { _, reject in reject(reason) }
    case .microtask:
        return Promise { _, reject in queueMicrotask { reject(reason) } }
    case .eventually:
        return Promise { _, reject in setTimeout(2) { reject(reason) } }
    }
}

// MARK: - Outcomes

/// One settlement seen by a handler.
enum Outcome<V> {
    case fulfilled(V)
    case rejected(any Error)
}

/// Collects every settlement a promise reports to the handlers attached by `record`.
final class Recorder<V> {
    private(set) var outcomes: [Outcome<V>] = []

    /// Attaches both handlers to `promise`, so a rejection counts as handled.
    func record(_ promise: Promise<V>) {
        promise.then({ self.outcomes.append(.fulfilled($0)) }, { self.outcomes.append(.rejected($0)) })
    }

    /// Exactly one settlement, a fulfilment with a value `same` as `expected`.
    func isFulfilled(with expected: V, same: (V, V) -> Bool) -> Bool {
        guard outcomes.count == 1, case .fulfilled(let value) = outcomes[0] else { return false }
        return same(value, expected)
    }

    /// Exactly one settlement, a rejection whose reason `matches`.
    func isRejected(_ matches: (any Error) -> Bool) -> Bool {
        guard outcomes.count == 1, case .rejected(let error) = outcomes[0] else { return false }
        return matches(error)
    }
}

extension Recorder where V: Equatable {
    func isFulfilled(with expected: V) -> Bool {
        isFulfilled(with: expected, same: ==)
    }
}

// MARK: - A scripted thenable

/// What a `ScriptedThenable` does, in order, when its `then` is called.
enum ThenableStep<Value> {
    /// Calls `resolvePromise` with a plain value.
    case fulfil(Value)
    /// Calls `rejectPromise`.
    case reject(any Error)
    /// Calls `resolvePromise` with another thenable (2.3.3.3.1: recursive resolution).
    case resolveThenable(ScriptedThenable<Value>)
    /// Calls `resolvePromise` with a promise made at that moment.
    case resolvePromise(() -> Promise<Value>)
    /// Throws from `then`; the steps after it do not run.
    case `throw`(any Error)
    /// Runs `steps` from a timer `delay` milliseconds later (they must not throw).
    case after(Double, [ThenableStep<Value>])
}

/// Counts calls to a thenable's `then` (2.3.3.1 / 2.3.3.3: called exactly once).
final class CallCounter {
    var count = 0
}

/// A thenable that follows a script of steps. Each shape the suite needs (fulfils synchronously
/// or later, rejects, throws before or after settling, calls back twice, resolves with another
/// thenable or a promise, never calls back) is a script.
struct ScriptedThenable<Value>: Thenable {
    let steps: [ThenableStep<Value>]
    var calls: CallCounter?

    init(_ steps: [ThenableStep<Value>], calls: CallCounter? = nil) {
        self.steps = steps
        self.calls = calls
    }

    func then(_ resolve: PromiseResolver<Value>, _ reject: PromiseRejecter) throws {
        calls?.count += 1
        try Self.perform(steps, resolve, reject)
    }

    private static func perform(_ steps: [ThenableStep<Value>], _ resolve: PromiseResolver<Value>, _ reject: PromiseRejecter) throws {
        for step in steps {
            switch step {
            case .fulfil(let value): resolve(value)
            case .reject(let error): reject(error)
            case .resolveThenable(let thenable): resolve(thenable)
            case .resolvePromise(let make): resolve(make())
            case .throw(let error): throw error
            case .after(let delay, let later):
                setTimeout(delay) { try perform(later, resolve, reject) }
            }
        }
    }
}

/// A thenable whose `then` never calls either function: whatever adopts it stays pending.
struct NeverSettlingThenable<Value>: Thenable {
    let calls: CallCounter
    func then(_ resolve: PromiseResolver<Value>, _ reject: PromiseRejecter) throws {
        calls.count += 1
    }
}
