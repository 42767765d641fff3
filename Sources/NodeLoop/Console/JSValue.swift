// The one place that decides which JavaScript value a Swift value stands for when NodeLoop
// prints it: `util.inspect` (ValueInspector), `String(x)` and `Number(x)` (JSValueConversions)
// and `JSON.stringify` (JSONText) each switch over this classification, not over Swift types.

/// The JavaScript value a Swift value stands for in NodeLoop's printing.
enum JSValue {
    /// `nil`, at any depth of optionals: `undefined`.
    case undefined
    case string(String)
    case boolean(Bool)
    /// A `Double` or `Float`.
    case number(Double)
    /// A Swift integer, printed with all its digits.
    case integer(any BinaryInteger)
    /// An error object (a ``NodeStyleError``: ``NodeError``, `AbortError`, ...).
    case error(any NodeStyleError)
    case buffer(Buffer)
    /// An object with these properties in this order, and the class name Node prints before it.
    case object([(key: String, value: Any?)], className: String?)
    case array([Any?])
    /// Any other Swift value, which has no JavaScript form of its own.
    case other(Any)

    init(_ value: Any?) {
        guard let value = flattenOptional(value) else {
            self = .undefined
            return
        }
        switch value {
        case let thrown as ThrownValue: self = JSValue(thrown.value)
        case let string as String: self = .string(string)
        case let string as Substring: self = .string(String(string))
        case let bool as Bool: self = .boolean(bool)
        case let number as Double: self = .number(number)
        case let number as Float: self = .number(Double(number))
        case let number as any BinaryInteger: self = .integer(number)
        case let error as any NodeStyleError: self = .error(error)
        case let buffer as Buffer: self = .buffer(buffer)
        case let header as HTTPHeaderValue: self = JSValue(header.inspected)
        case let record as any InspectableAsObject:
            self = .object(record.inspectedProperties, className: record.inspectedClassName)
        case let array as [Any?]: self = .array(array)
        case let array as [Any]: self = .array(array.map { $0 })
        case let dictionary as [String: Any]:
            // A Swift dictionary has no insertion order: its keys come sorted.
            self = .object(dictionary.keys.sorted().map { (key: $0, value: dictionary[$0]) }, className: nil)
        default: self = .other(value)
        }
    }
}
