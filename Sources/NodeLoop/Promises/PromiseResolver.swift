/// The pair of functions that settle one promise, sharing ECMAScript's "already resolved" flag:
/// once either has been called, both do nothing. Called on the promise's loop thread only (the
/// check is in `claim`).
final class ResolvingFunctions<Value> {
    private let promise: Promise<Value>
    private var alreadyResolved = false

    init(promise: Promise<Value>) {
        self.promise = promise
    }

    func resolve(_ value: Value) {
        guard claim("PromiseResolver") else { return }
        promise.fulfill(value)
    }

    func resolve(adopting other: Promise<Value>) {
        guard claim("PromiseResolver") else { return }
        promise.resolve(adopting: other)
    }

    func resolve<T: Thenable>(adopting thenable: T) where T.Value == Value {
        guard claim("PromiseResolver") else { return }
        promise.resolve(adopting: thenable)
    }

    func reject(_ error: any Error) {
        // Checked before `terminateIfExit`, which acts on the loop; `claim` checks the others.
        promise.loop.owner.check("PromiseRejecter")
        // `process.exit` in an executor ends the run even after the promise was resolved.
        guard !promise.loop.terminateIfExit(error), claim("PromiseRejecter") else { return }
        promise.reject(error)
    }

    /// Settles the promise with `outcome`, as whichever of the two functions it calls for.
    func settle(with outcome: Result<Value, any Error>) {
        guard claim("PromiseResolver") else { return }
        promise.settle(with: outcome)
    }

    private func claim(_ api: StaticString) -> Bool {
        promise.loop.owner.check(api)
        if alreadyResolved { return false }
        alreadyResolved = true
        return true
    }
}

/// The `resolve` function a promise's executor (or a thenable's `then`) receives.
///
/// Call it with a value to fulfil the promise, or with another promise or thenable to make the
/// promise follow it. Only the first call to `resolve` or `reject` counts.
public struct PromiseResolver<Value> {
    let functions: ResolvingFunctions<Value>

    init(_ functions: ResolvingFunctions<Value>) {
        self.functions = functions
    }

    /// Fulfils the promise with `value`.
    public func callAsFunction(_ value: Value) {
        functions.resolve(value)
    }

    /// Makes the promise follow `promise`: it settles as `promise` does, two jobs later.
    /// Resolving a promise with itself rejects it with a `TypeError`.
    public func callAsFunction(_ promise: Promise<Value>) {
        functions.resolve(adopting: promise)
    }

    /// Makes the promise follow a foreign `thenable` by calling its `then` in a later job.
    public func callAsFunction<T: Thenable>(_ thenable: T) where T.Value == Value {
        functions.resolve(adopting: thenable)
    }
}

extension PromiseResolver where Value == Void {
    /// Fulfils a `Promise<Void>` (JavaScript's `resolve()`).
    public func callAsFunction() {
        functions.resolve(())
    }
}

/// The `reject` function a promise's executor (or a thenable's `then`) receives.
public struct PromiseRejecter {
    private let reject: (any Error) -> Void

    init<Value>(_ functions: ResolvingFunctions<Value>) {
        reject = functions.reject
    }

    /// Rejects the promise with `error`, unless it was already resolved.
    public func callAsFunction(_ error: any Error) {
        reject(error)
    }
}

@available(*, unavailable, message: "resolving functions belong to the loop of their promise")
extension PromiseResolver: Sendable {}

@available(*, unavailable, message: "resolving functions belong to the loop of their promise")
extension PromiseRejecter: Sendable {}

/// A foreign promise-like object: anything with a `then` that reports one outcome through the
/// functions it is given. Resolving a ``Promise`` with a thenable adopts its outcome, as
/// JavaScript does with any object that has a `then` method.
///
/// A `then` that throws before calling either function rejects the promise; calls after the
/// first are ignored.
public protocol Thenable<Value> {
    associatedtype Value
    func then(_ resolve: PromiseResolver<Value>, _ reject: PromiseRejecter) throws
}
