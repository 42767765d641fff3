// Node's errors for bad arguments, with Node's wording (lib/internal/errors.js), so that a
// script passing a bad path, flag or length gets the error a Node script would get.

extension NodeError {
    /// `TypeError [ERR_INVALID_ARG_VALUE]: The argument 'flags' is invalid. Received 'xyz'`.
    /// The value is shown as `util.inspect` shows it, cut after 128 UTF-16 code units with `...`.
    /// A dotted name is an option's, and Node calls it a property: `The property
    /// 'options.family' must be one of: 0, 4, 6. Received 5`.
    static func invalidArgumentValue(_ name: String, _ value: Any?, reason: String = "is invalid") -> NodeError {
        var inspected = inspect(value, topLevel: false)
        if inspected.utf16.count > 128 {
            // Node can cut a surrogate pair in two; Swift cannot hold the lone half, and decoding
            // turns it into U+FFFD, which is also what Node's lone surrogate becomes when printed.
            inspected = String(decoding: Array(inspected.utf16.prefix(128)), as: UTF16.self) + "..."
        }
        return NodeError(
            "The \(name.contains(".") ? "property" : "argument") '\(name)' \(reason). Received \(inspected)",
            name: "TypeError",
            code: "ERR_INVALID_ARG_VALUE"
        )
    }

    /// Node's `ERR_INVALID_ARG_VALUE` for a value outside a fixed list: `The argument 'family'
    /// must be one of: 0, 4, 6. Received 5` (strings in the list are quoted).
    static func invalidArgumentValue(_ name: String, _ value: Any?, mustBeOneOf allowed: [Any]) -> NodeError {
        let listed = allowed.map { ($0 as? String).map { "'\($0)'" } ?? "\($0)" }
        return invalidArgumentValue(name, value, reason: "must be one of: " + listed.joined(separator: ", "))
    }

    /// `RangeError [ERR_OUT_OF_RANGE]: The value of "fd" is out of range. It must be >= 0 &&
    /// <= 2147483647. Received -1`. Integers beyond 2^32 are printed with `_` separators, as
    /// Node prints them.
    static func outOfRange(_ name: String, mustBe range: String, received value: Int64) -> NodeError {
        NodeError(
            "The value of \"\(name)\" is out of range. It must be \(range). Received \(separatedInteger(value))",
            name: "RangeError",
            code: "ERR_OUT_OF_RANGE"
        )
    }

    /// `TypeError [ERR_INVALID_ARG_TYPE]: The "path" argument must be of type string. Received ...`.
    static func invalidArgumentType(_ name: String, mustBe expected: String, received: String) -> NodeError {
        NodeError(
            "The \"\(name)\" argument must be \(expected). Received \(received)",
            name: "TypeError",
            code: "ERR_INVALID_ARG_TYPE"
        )
    }

    /// The value as Node prints a received integer: the JavaScript number's digits (an `Int64`
    /// beyond 2^53 is the nearest double, `2**62` prints `4_611_686_018_427_388_000`), grouped
    /// by `_` above 2^32.
    private static func separatedInteger(_ value: Int64) -> String {
        guard value.magnitude > 1 << 32 else { return String(value) }
        let digits = value.magnitude > 1 << 53 ? jsNumberString(Double(value.magnitude)) : String(value.magnitude)
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (value < 0 ? "-" : "") + groups.joined(separator: "_")
    }
}
