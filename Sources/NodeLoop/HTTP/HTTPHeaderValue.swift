/// A header value as `setHeader` takes it in Node: a string, a number, or a list of strings
/// (each sent on its own line, as Node sends an array).
///
/// Literals make the common cases read as they do in JavaScript:
///
/// ```swift
/// res.setHeader("Content-Type", "text/plain")     // a string
/// res.setHeader("Content-Length", 11)             // a number
/// res.setHeader("Set-Cookie", ["a=1", "b=2"])     // two Set-Cookie lines
/// ```
public enum HTTPHeaderValue: Sendable, Hashable, CustomStringConvertible,
    ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByArrayLiteral
{
    case string(String)
    case number(Int)
    case list([String])

    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .number(value) }
    public init(arrayLiteral elements: String...) { self = .list(elements) }

    /// The value as text: a list joined with `", "` (how Node prints an array with `${}`).
    public var description: String {
        switch self {
        case .string(let text): text
        case .number(let number): String(number)
        case .list(let values): values.joined(separator: ", ")
        }
    }

    /// The value as `console.log` shows it: a string, a number or an array.
    var inspected: Any {
        switch self {
        case .string(let text): text
        case .number(let number): number
        case .list(let values): values
        }
    }

    /// The lines this value puts on the wire: one per string of a list (but `Cookie`, whose
    /// values Node joins with `"; "` on one line), else one.
    func wireValues(for name: String) -> [String] {
        switch self {
        case .string(let text): [text]
        case .number(let number): [String(number)]
        case .list(let values):
            values.count >= 2 && name.lowercased() == "cookie" ? [values.joined(separator: "; ")] : values
        }
    }
}
