/// A value thrown or rejected that is not an error object: JavaScript's `throw 42` or
/// `Promise.reject('nope')`, for code that must reproduce it.
///
/// Node treats such reasons differently from errors (an unhandled one becomes
/// `ERR_UNHANDLED_REJECTION` naming the value), and so does NodeLoop.
///
/// ```swift
/// Promise<Int>.reject(ThrownValue(42))
/// ```
public struct ThrownValue: Error, CustomStringConvertible {
    /// The value as thrown: `42`, `"nope"`.
    public let value: any Sendable

    /// Wraps `value` to throw or reject with it.
    public init(_ value: any Sendable) {
        self.value = value
    }

    /// The value as JavaScript's `String(value)` spells it.
    public var description: String { inspect(value, topLevel: true) }
}
