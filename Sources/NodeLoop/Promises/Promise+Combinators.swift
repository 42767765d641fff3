// Node's four combinators. Each attaches one reaction to every input (no extra jobs: V8's
// `Promise.resolve(p)` returns a native promise unchanged), so with already-settled inputs a
// `.then` on the result runs two jobs later, as in Node. Results keep input order.

extension Promise {
    /// Fulfils with every value, in input order, once all inputs are fulfilled; rejects with the
    /// first rejection. An empty input is fulfilled at once.
    @inlinable
    public static func all(_ promises: [Promise<Value>]) -> Promise<[Value]> {
        let result = Promise<[Value]>(loop: EventLoop.current)
        guard !promises.isEmpty else {
            result.fulfill([])
            return result
        }
        let collector = Collector<Value?>(count: promises.count, initial: nil)
        for (index, promise) in promises.enumerated() {
            promise.addReaction("Promise.all", dependent: result) { settled in
                switch Promise.outcome(of: settled) {
                case .success(let value):
                    if collector.store(value, at: index) {
                        result.fulfill(collector.values.map { $0! })
                    }
                case .failure(let error):
                    result.reject(error)
                }
            }
        }
        return result
    }

    /// Fulfils, once every input has settled, with each outcome in input order. Never rejects.
    public static func allSettled(_ promises: [Promise<Value>]) -> Promise<[SettledResult<Value>]> {
        let result = Promise<[SettledResult<Value>]>(loop: EventLoop.current)
        guard !promises.isEmpty else {
            result.fulfill([])
            return result
        }
        let collector = Collector<SettledResult<Value>?>(count: promises.count, initial: nil)
        for (index, promise) in promises.enumerated() {
            let settle = { (outcome: SettledResult<Value>) in
                if collector.store(outcome, at: index) {
                    result.fulfill(collector.values.map { $0! })
                }
            }
            promise.addReaction(
                "Promise.allSettled",
                onFulfilled: { settle(.fulfilled($0)) },
                onRejected: { settle(.rejected($0)) },
                dependent: result
            )
        }
        return result
    }

    /// Settles as the first input to settle. An empty input never settles, as in Node.
    public static func race(_ promises: [Promise<Value>]) -> Promise<Value> {
        let result = Promise<Value>(loop: EventLoop.current)
        for promise in promises {
            promise.addReaction(
                "Promise.race", onFulfilled: result.fulfill, onRejected: result.reject, dependent: result
            )
        }
        return result
    }

    /// Fulfils with the first input to fulfil; if every input rejects, rejects with an
    /// ``AggregateError`` holding the errors in input order. An empty input is rejected at once.
    public static func any(_ promises: [Promise<Value>]) -> Promise<Value> {
        let result = Promise<Value>(loop: EventLoop.current)
        guard !promises.isEmpty else {
            result.reject(AggregateError(errors: []))
            return result
        }
        let collector = Collector<(any Error)?>(count: promises.count, initial: nil)
        for (index, promise) in promises.enumerated() {
            promise.addReaction(
                "Promise.any",
                onFulfilled: result.fulfill,
                onRejected: { error in
                    if collector.store(error, at: index) {
                        result.reject(AggregateError(errors: collector.values.map { $0! }))
                    }
                },
                dependent: result
            )
        }
        return result
    }

    /// Beyond Node: waits for promises of different types and fulfils with a typed tuple.
    ///
    /// ```swift
    /// Promise.all(fetchName(), fetchAge()).then { name, age in console.log(name, age) }
    /// ```
    public static func all<each Element>(_ promises: repeat Promise<each Element>) -> Promise<(repeat each Element)>
    where Value == (repeat each Element) {
        let result = Promise<(repeat each Element)>(loop: EventLoop.current)
        // Each slot is filled by the promise of the same position, so the casts hold.
        func tuple(_ values: [Any]) -> (repeat each Element) {
            var slots = values.makeIterator()
            return (repeat slots.next()! as! each Element)
        }
        var count = 0
        for _ in repeat each promises { count += 1 }
        guard count > 0 else {
            result.fulfill(tuple([]))
            return result
        }
        let collector = Collector<Any>(count: count, initial: ())
        var index = 0
        for promise in repeat each promises {
            let position = index
            index += 1
            promise.addReaction(
                "Promise.all",
                onFulfilled: { value in
                    if collector.store(value as Any, at: position) { result.fulfill(tuple(collector.values)) }
                },
                onRejected: result.reject,
                dependent: result
            )
        }
        return result
    }
}

extension Promise {
    /// Beyond Node: waits for promises of different types to settle and fulfils with a typed
    /// tuple of their outcomes. Never rejects. Each outcome is taken through one `then`, so the
    /// tuple comes one job later than the array form's.
    ///
    /// ```swift
    /// Promise.allSettled(fetchName(), fetchAge()).then { name, age in
    ///     console.log(name.value ?? "no name", age.reason == nil)
    /// }
    /// ```
    ///
    /// `race` and `any` of different types have no typed form: their result is one of the
    /// inputs. Map the inputs to one type first (an enum with a case per input, say) and race
    /// that: `Promise.race([name.then { Answer.name($0) }, age.then { Answer.age($0) }])`.
    public static func allSettled<each Element>(
        _ promises: repeat Promise<each Element>
    ) -> Promise<(repeat SettledResult<each Element>)> where Value == (repeat SettledResult<each Element>) {
        Promise.all(repeat settledOutcome(of: each promises))
    }
}

/// `promise`'s outcome as a ``SettledResult``, once it settles.
private func settledOutcome<Element>(of promise: Promise<Element>) -> Promise<SettledResult<Element>> {
    promise.then({ .fulfilled($0) }, { .rejected($0) })
}

/// Gathers one outcome per input slot and reports when the last slot is filled.
@usableFromInline
final class Collector<Element> {
    @usableFromInline private(set) var values: [Element]
    @usableFromInline var remaining: Int

    @inlinable
    init(count: Int, initial: Element) {
        values = Array(repeating: initial, count: count)
        remaining = count
    }

    /// Stores `value` in its slot; returns true when every slot has been filled.
    @inlinable
    func store(_ value: Element, at index: Int) -> Bool {
        values[index] = value
        remaining -= 1
        return remaining == 0
    }
}

/// One input's outcome in ``Promise/allSettled(_:)->Promise<[SettledResult<Value>]>``; prints as Node prints the objects
/// (`{ status: 'fulfilled', value: 1 }`).
public enum SettledResult<Value>: CustomStringConvertible, InspectableAsObject {
    case fulfilled(Value)
    case rejected(any Error)

    /// `"fulfilled"` or `"rejected"`, as Node's `status` field.
    public var status: String {
        switch self {
        case .fulfilled: return "fulfilled"
        case .rejected: return "rejected"
        }
    }

    /// The value of a fulfilled input, nil for a rejected one: Node's `value` field.
    public var value: Value? {
        if case .fulfilled(let value) = self { return value }
        return nil
    }

    /// The error of a rejected input, nil for a fulfilled one: Node's `reason` field.
    public var reason: (any Error)? {
        if case .rejected(let error) = self { return error }
        return nil
    }

    public var description: String { inspect(self) }

    var inspectedProperties: [(key: String, value: Any?)] {
        switch self {
        case .fulfilled(let value): return [("status", status), ("value", value)]
        case .rejected(let error): return [("status", status), ("reason", error)]
        }
    }
}

/// The rejection of ``Promise/any(_:)`` when every input rejected: Node's `AggregateError`.
public struct AggregateError: Error, CustomStringConvertible {
    /// The inputs' errors, in input order.
    public let errors: [any Error]
    /// `"All promises were rejected"` when ``Promise/any(_:)`` made it.
    public let message: String

    /// The code of the first error when Node's own code combined them (a socket whose every
    /// connection attempt failed has `ECONNREFUSED`, say); nil from ``Promise/any(_:)``.
    public let code: String?

    /// Node's `new AggregateError(errors, message)`, for code that combines errors of its own.
    ///
    /// - Parameters:
    ///   - errors: the errors combined, in order.
    ///   - message: the error's message.
    ///   - code: a code for the whole, as Node gives its own combined errors.
    public init(errors: [any Error], message: String = "All promises were rejected", code: String? = nil) {
        self.errors = errors
        self.message = message
        self.code = code
    }

    public var description: String { "AggregateError: \(message)" }
}
