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
    @discardableResult
    public func then<Result>(_ onFulfilled: @escaping (Value) throws -> Result) -> Promise<Result> {
        chain(
            onFulfilled: { value, derived in derived.fulfill(try onFulfilled(value)) },
            onRejected: { error, derived in derived.reject(error) }
        )
    }

    /// Runs `onFulfilled` for its effects, as `.then(v => { ... })` with no `return` does.
    ///
    /// The same as the value form with a `Void` result; it exists so that a handler of several
    /// statements that returns nothing needs no type annotation.
    @discardableResult
    public func then(_ onFulfilled: @escaping (Value) throws -> Void) -> Promise<Void> {
        chain(
            onFulfilled: { value, derived in derived.fulfill(try onFulfilled(value)) },
            onRejected: { error, derived in derived.reject(error) }
        )
    }

    /// Runs `onFulfilled`, which returns a promise; the returned promise follows it.
    @discardableResult
    public func then<Result>(_ onFulfilled: @escaping (Value) throws -> Promise<Result>) -> Promise<Result> {
        chain(
            onFulfilled: { value, derived in derived.resolve(adopting: try onFulfilled(value)) },
            onRejected: { error, derived in derived.reject(error) }
        )
    }

    /// Runs `onFulfilled` or `onRejected`, whichever outcome comes; the returned promise gets the
    /// handler's value or the error it throws.
    @discardableResult
    public func then<Result>(
        _ onFulfilled: @escaping (Value) throws -> Result,
        _ onRejected: @escaping (any Error) throws -> Result
    ) -> Promise<Result> {
        chain(
            onFulfilled: { value, derived in derived.fulfill(try onFulfilled(value)) },
            onRejected: { error, derived in derived.fulfill(try onRejected(error)) }
        )
    }

    /// Recovers from a rejection with a replacement value; a fulfilment passes through.
    @discardableResult
    public func `catch`(_ onRejected: @escaping (any Error) throws -> Value) -> Promise<Value> {
        chain(
            onFulfilled: { value, derived in derived.fulfill(value) },
            onRejected: { error, derived in derived.fulfill(try onRejected(error)) }
        )
    }

    /// Recovers from a rejection with a promise to follow; a fulfilment passes through.
    @discardableResult
    public func `catch`(_ onRejected: @escaping (any Error) throws -> Promise<Value>) -> Promise<Value> {
        chain(
            onFulfilled: { value, derived in derived.fulfill(value) },
            onRejected: { error, derived in derived.resolve(adopting: try onRejected(error)) }
        )
    }

    /// Handles a rejection without a replacement value, as JavaScript's `.catch(e => log(e))`:
    /// the returned promise holds the value on fulfilment and `nil` after a handled rejection.
    @discardableResult
    public func `catch`(_ onRejected: @escaping (any Error) throws -> Void) -> Promise<Value?> {
        chain(
            onFulfilled: { value, derived in derived.fulfill(value) },
            onRejected: { error, derived in
                try onRejected(error)
                derived.fulfill(nil)
            }
        )
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
        chain(
            onFulfilled: { value, derived in
                let waited = try onFinally().then { _ in value }
                derived.resolve(adopting: waited)
            },
            onRejected: { error, derived in
                let waited = try onFinally().then { _ throws -> Value in throw error }
                derived.resolve(adopting: waited)
            }
        )
    }
}

extension Promise where Value == Void {
    /// Handles a rejection of a `Promise<Void>`; the returned promise is fulfilled either way.
    @discardableResult
    public func `catch`(_ onRejected: @escaping (any Error) throws -> Void) -> Promise<Void> {
        chain(
            onFulfilled: { _, derived in derived.fulfill(()) },
            onRejected: { error, derived in derived.fulfill(try onRejected(error)) }
        )
    }
}
