/// An error shaped like a JavaScript error object: a class name and a message.
///
/// NodeLoop prints such errors as `name: message`, reads `error.message` from them, and treats
/// them as error objects where Node distinguishes errors from other thrown values (an unhandled
/// rejection with a reason that is not one becomes `ERR_UNHANDLED_REJECTION`).
public protocol NodeStyleError: Error {
    /// The JavaScript class name: `Error`, `TypeError`, `AbortError`, ...
    var name: String { get }
    var message: String { get }
}

extension NodeError: NodeStyleError {}

extension AggregateError: NodeStyleError {
    public var name: String { "AggregateError" }
}

extension Error {
    /// The error's class name as Node would show `error.name`: a ``NodeStyleError``'s own name,
    /// or the Swift type's name for any other error.
    public var name: String {
        if let error = self as? any NodeStyleError { return error.name }
        return String(describing: type(of: self))
    }

    /// The error's message as Node would show `error.message`: a ``NodeStyleError``'s own
    /// message, or the description of any other Swift error.
    public var message: String {
        if let error = self as? any NodeStyleError { return error.message }
        return String(describing: self)
    }
}
