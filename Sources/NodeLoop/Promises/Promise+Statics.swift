extension Promise {
    /// A promise already fulfilled with `value` (`Promise.resolve(value)`).
    ///
    /// Disfavoured so that `Promise.resolve(p)` of a promise or a thenable adopts it, as in
    /// JavaScript, instead of wrapping it in a promise of a promise.
    @_disfavoredOverload
    @inlinable
    public static func resolve(_ value: Value) -> Promise<Value> {
        let promise = Promise(loop: EventLoop.current)
        promise.fulfill(value)
        return promise
    }

    /// `promise` itself, as `Promise.resolve(p)` returns a native promise unchanged.
    public static func resolve(_ promise: Promise<Value>) -> Promise<Value> {
        promise
    }

    /// A promise that follows a foreign thenable.
    public static func resolve<T: Thenable>(_ thenable: T) -> Promise<Value> where T.Value == Value {
        let promise = Promise(loop: EventLoop.current)
        promise.resolve(adopting: thenable)
        return promise
    }

    /// A promise already rejected with `error` (`Promise.reject(error)`).
    @discardableResult
    public static func reject(_ error: any Error) -> Promise<Value> {
        let promise = Promise(loop: EventLoop.current)
        promise.reject(error)
        return promise
    }

    /// A pending promise with the functions that settle it (`Promise.withResolvers()`).
    ///
    /// ```swift
    /// let (promise, resolve, _) = Promise<String>.withResolvers()
    /// setTimeout(10) { resolve("done") }
    /// ```
    public static func withResolvers() -> (promise: Promise<Value>, resolve: PromiseResolver<Value>, reject: PromiseRejecter) {
        let promise = Promise(loop: EventLoop.current)
        let functions = ResolvingFunctions(promise: promise)
        return (promise, PromiseResolver(functions), PromiseRejecter(functions))
    }
}

extension Promise where Value == Void {
    /// A `Promise<Void>` already fulfilled (`Promise.resolve()`).
    @inlinable
    public static func resolve() -> Promise<Void> {
        resolve(())
    }
}
