// `then`, `catch` and `finally`: each attaches one reaction and returns a new promise settled by
// the handler's outcome: its value, the promise it returns (adopted two jobs later, as in V8), or
// the error it throws.

extension Promise {
    /// Runs `onFulfilled` with the value once this promise is fulfilled; a rejection passes
    /// through to the returned promise untouched.
    ///
    /// ```swift
    /// Promise.resolve(1).then { $0 + 1 }.then { console.log($0) }   // 2
    /// ```
    ///
    /// A handler of several statements whose value feeds a further `then` in the same expression
    /// names its result type, `.then { value -> Int in ... }`: otherwise Swift takes the type
    /// from how the next handler uses the value, and `console.log`, which takes `Any?`, makes it
    /// a `Promise<Any?>`.
    @discardableResult
    @inlinable
    public func then<Result>(_ onFulfilled: @escaping (Value) throws -> Result) -> Promise<Result> {
        let derived = Promise<Result>(loop: loop)
        addReaction("Promise.then", dependent: derived) { settled in
            derived.settle { try onFulfilled(Promise.outcome(of: settled).get()) }
        }
        return derived
    }

    /// Runs `onFulfilled` for its effects, as `.then(v => { ... })` with no `return` does.
    ///
    /// The same as the value form with a `Void` result; it exists so that a handler of several
    /// statements that returns nothing needs no type annotation.
    // Always inlined: with the thread check it grew past what the optimiser inlines on its own,
    // and a call left in its place cost 63 instructions a `then` (promise-breadth 3482 to 3545;
    // 3467 inlined, docs/performance.md).
    @discardableResult
    @inlinable @inline(__always)
    public func then(_ onFulfilled: @escaping (Value) throws -> Void) -> Promise<Void> {
        let derived = Promise<Void>(loop: loop)
        addReaction("Promise.then", dependent: derived) { settled in
            derived.settle { try onFulfilled(Promise.outcome(of: settled).get()) }
        }
        return derived
    }

    /// Runs `onFulfilled`, which returns a promise; the returned promise follows it.
    @discardableResult
    @inlinable
    public func then<Result>(_ onFulfilled: @escaping (Value) throws -> Promise<Result>) -> Promise<Result> {
        let derived = Promise<Result>(loop: loop)
        addReaction("Promise.then", dependent: derived) { settled in
            derived.follow { try onFulfilled(Promise.outcome(of: settled).get()) }
        }
        return derived
    }

    /// Runs `onFulfilled` or `onRejected`, whichever outcome comes; the returned promise gets the
    /// handler's value or the error it throws.
    @discardableResult
    @inlinable
    public func then<Result>(
        _ onFulfilled: @escaping (Value) throws -> Result,
        _ onRejected: @escaping (any Error) throws -> Result
    ) -> Promise<Result> {
        reacting("Promise.then", onFulfilled, onRejected)
    }

    /// The two-handler `then`, under the name of the public method that called it.
    @inlinable
    func reacting<Result>(
        _ api: StaticString,
        _ onFulfilled: @escaping (Value) throws -> Result,
        _ onRejected: @escaping (any Error) throws -> Result
    ) -> Promise<Result> {
        let derived = Promise<Result>(loop: loop)
        addReaction(api, dependent: derived) { settled in
            derived.settle { try Promise.handle(settled, onFulfilled, onRejected) }
        }
        return derived
    }

    /// Runs `onFulfilled` or `onRejected`, each of which returns a promise; the returned promise
    /// follows the one the handler returned, as JavaScript's `.then(f, g)` adopts it.
    ///
    /// Both handlers must return a promise: where one has a plain value, give it as
    /// `Promise.resolve(value)` (Swift infers one closure type for both handlers, and a mix of a
    /// value and a promise matches neither form).
    @discardableResult
    @inlinable
    public func then<Result>(
        _ onFulfilled: @escaping (Value) throws -> Promise<Result>,
        _ onRejected: @escaping (any Error) throws -> Promise<Result>
    ) -> Promise<Result> {
        let derived = Promise<Result>(loop: loop)
        addReaction("Promise.then", dependent: derived) { settled in
            derived.follow { try Promise.handle(settled, onFulfilled, onRejected) }
        }
        return derived
    }

    /// What the handler for `settled`'s outcome returns: the two-handler `then`s' reaction.
    @inlinable
    static func handle<Result>(
        _ settled: AnyObject,
        _ onFulfilled: (Value) throws -> Result,
        _ onRejected: (any Error) throws -> Result
    ) throws -> Result {
        switch outcome(of: settled) {
        case .success(let value): return try onFulfilled(value)
        case .failure(let error): return try onRejected(error)
        }
    }

    /// Recovers from a rejection with a replacement value; a fulfilment passes through.
    @discardableResult
    @inlinable
    public func `catch`(_ onRejected: @escaping (any Error) throws -> Value) -> Promise<Value> {
        reacting("Promise.catch", { $0 }, onRejected)
    }

    /// Recovers from a rejection with a promise to follow; a fulfilment passes through.
    @discardableResult
    @inlinable
    public func `catch`(_ onRejected: @escaping (any Error) throws -> Promise<Value>) -> Promise<Value> {
        let derived = Promise(loop: loop)
        addReaction("Promise.catch", dependent: derived) { settled in
            switch Promise.outcome(of: settled) {
            case .success(let value): derived.fulfill(value)
            case .failure(let error): derived.follow { try onRejected(error) }
            }
        }
        return derived
    }

    /// Handles a rejection without a replacement value, as JavaScript's `.catch(e => log(e))`:
    /// the returned promise holds the value on fulfilment and `nil` after a handled rejection.
    ///
    /// A handler of several statements with no `return` matches this form and the value form
    /// alike, and Swift calls the use ambiguous: write its type, `.catch { (error) -> Void in
    /// ... }`, or end it with the replacement value's `return`.
    @discardableResult
    @inlinable
    public func `catch`(_ onRejected: @escaping (any Error) throws -> Void) -> Promise<Value?> {
        reacting("Promise.catch", { $0 }, { error in
            try onRejected(error)
            return nil
        })
    }

    /// Runs `onFinally` once the promise settles either way; the value or the error passes
    /// through, unless `onFinally` throws, whose error wins.
    @discardableResult
    public func finally(_ onFinally: @escaping () throws -> Void) -> Promise<Value> {
        finally { () throws -> Promise<Void> in
            try onFinally()
            return Promise<Void>.resolve(())
        }
    }

    /// Runs `onFinally` once the promise settles and waits for the promise it returns before
    /// passing the original outcome on; if that promise rejects, its error wins.
    @discardableResult
    public func finally<Ignored>(_ onFinally: @escaping () throws -> Promise<Ignored>) -> Promise<Value> {
        let derived = Promise(loop: loop)
        addReaction("Promise.finally", dependent: derived) { settled in
            let outcome = Promise.outcome(of: settled)
            derived.follow { try onFinally().then { (_: Ignored) throws -> Value in try outcome.get() } }
        }
        return derived
    }
}

extension Promise where Value == Void {
    /// Handles a rejection of a `Promise<Void>`; the returned promise is fulfilled either way.
    @discardableResult
    @inlinable
    public func `catch`(_ onRejected: @escaping (any Error) throws -> Void) -> Promise<Void> {
        reacting("Promise.catch", { _ in }, onRejected)
    }
}
