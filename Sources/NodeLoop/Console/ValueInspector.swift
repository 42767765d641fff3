// The layout rules of Node's `util.inspect` with its default options, so that arrays and objects
// printed by NodeLoop break over lines, group into columns and quote strings exactly as Node
// prints them.

/// A value that prints as a JavaScript object with these properties, in this order.
protocol InspectableAsObject {
    var inspectedProperties: [(key: String, value: Any?)] { get }
    /// The class name Node prints before the braces (`Stats { ... }`), or nil for a plain object.
    var inspectedClassName: String? { get }
}

extension InspectableAsObject {
    var inspectedClassName: String? { nil }
}

/// Formats values as `util.inspect` does with Node's defaults: depth 2, a break length of 80
/// columns, `compact: 3`, at most 100 array items shown. `depthLimit` and `showHidden` are the
/// options `util.format` changes for `%s` (depth 0) and `%o` (depth 4, hidden properties).
struct ValueInspector {
    /// How many levels of nesting are shown; deeper objects print as `[Object]`, `[Array]`.
    let depthLimit: Int
    /// Whether an array shows its hidden `[length]` property, as `showHidden` does.
    let showHidden: Bool
    private static let breakLength = 80
    private static let compact = 3
    private static let maxArrayLength = 100
    /// Strings no longer than this are never split at their line breaks.
    private static let minLineLength = 16

    /// Spaces before the entries of the object being formatted.
    private var indentation = 0
    /// The depth of the object most recently entered; with the current depth it tells how many
    /// levels of nesting the entries being laid out contain.
    private var currentDepth = 0

    init(depthLimit: Int = 2, showHidden: Bool = false) {
        self.depthLimit = depthLimit
        self.showHidden = showHidden
    }

    /// The text for `value`; a top-level string is printed bare, as `console.log` does.
    mutating func format(_ value: Any?, topLevel: Bool) -> String {
        format(value, depth: 0, topLevel: topLevel)
    }

    private mutating func format(_ value: Any?, depth: Int, topLevel: Bool = false) -> String {
        switch JSValue(value) {
        case .undefined:
            return "undefined"
        case .string(let string):
            return topLevel ? string : formatString(string)
        case .boolean(let bool):
            return bool ? "true" : "false"
        case .number(let number):
            return jsNumberString(number)
        case .integer(let number):
            return "\(number)"
        case .error(let error as NodeError):
            return error.description
        case .error(let error):
            return "\(error.name): \(error.message)"
        case .buffer(let buffer):
            return buffer.inspected
        case .object(let properties, let className):
            return formatObject(properties, className: className, depth: depth)
        case .array(let array):
            return formatArray(array, depth: depth)
        case .other(let value):
            return String(describing: value)
        }
    }

    private mutating func formatArray(_ array: [Any?], depth: Int) -> String {
        if array.isEmpty { return "[]" }
        if depth > depthLimit { return "[Array]" }
        currentDepth = depth + 1
        let shown = array.prefix(Self.maxArrayLength)
        var output = shown.map { formatEntry($0, depth: depth + 1) }
        let remaining = array.count - shown.count
        if remaining > 0 {
            output.append("... \(remaining) more item\(remaining > 1 ? "s" : "")")
        }
        if showHidden {
            output.append("[length]: \(array.count)")
        }
        let entries = output.count
        if entries > 6 {
            // Node right-aligns when the array holds a number at the index of every entry,
            // the "more items" and `[length]` entries included.
            let numeric = array.count >= entries && array.prefix(entries).allSatisfy(isNumber)
            output = groupArrayElements(output, rightAligned: numeric)
        }
        return reduceToSingleString(output, braces: ("[", "]"), depth: depth + 1, grouped: entries != output.count)
    }

    private mutating func formatObject(_ properties: [(key: String, value: Any?)], className: String? = nil, depth: Int) -> String {
        let prefix = className.map { "\($0) " } ?? ""
        if properties.isEmpty { return prefix + "{}" }
        if depth > depthLimit { return "[\(className ?? "Object")]" }
        currentDepth = depth + 1
        let output = properties.map { property in
            let name = isIdentifier(property.key) ? property.key : quote(property.key)
            return "\(name): \(formatEntry(property.value, depth: depth + 1))"
        }
        return reduceToSingleString(output, braces: (prefix + "{", "}"), depth: depth + 1, grouped: false)
    }

    /// An array item or a property value, formatted two columns further in.
    private mutating func formatEntry(_ value: Any?, depth: Int) -> String {
        indentation += 2
        defer { indentation -= 2 }
        return format(value, depth: depth)
    }

    /// One line (`[ 1, 2 ]`) when the object nests little and the line stays within the break
    /// length; otherwise one entry, or one group of entries, per line.
    private func reduceToSingleString(
        _ output: [String], braces: (open: String, close: String), depth: Int, grouped: Bool
    ) -> String {
        if currentDepth - depth < Self.compact && !grouped {
            let start = output.count + indentation + braces.open.utf16.count + 10
            if isBelowBreakLength(output, start: start) {
                let joined = output.joined(separator: ", ")
                if !joined.contains("\n") {
                    return "\(braces.open) \(joined) \(braces.close)"
                }
            }
        }
        let newline = "\n" + String(repeating: " ", count: indentation)
        return "\(braces.open)\(newline)  \(output.joined(separator: ",\(newline)  "))\(newline)\(braces.close)"
    }

    private func isBelowBreakLength(_ output: [String], start: Int) -> Bool {
        var total = output.count + start
        if total + output.count > Self.breakLength { return false }
        for entry in output {
            total += entry.utf16.count
            if total > Self.breakLength { return false }
        }
        return true
    }

    /// Lays out more than six array items in aligned columns, aiming at a block about as tall as
    /// it is wide; numbers are right-aligned, anything else left-aligned.
    private func groupArrayElements(_ output: [String], rightAligned: Bool) -> [String] {
        let separatorSpace = 2
        let itemCount = output.count > Self.maxArrayLength ? output.count - 1 : output.count
        let lengths = output.prefix(itemCount).map(\.utf16.count)
        let totalLength = lengths.reduce(0) { $0 + $1 + separatorSpace }
        let maxLength = lengths.max() ?? 0
        let actualMax = maxLength + separatorSpace
        guard actualMax * 3 + indentation < Self.breakLength,
              Double(totalLength) / Double(actualMax) > 5 || maxLength <= 6
        else { return output }

        let averageBias = (Double(actualMax) - Double(totalLength) / Double(output.count)).squareRoot()
        let biasedMax = max(Double(actualMax) - 3 - averageBias, 1)
        let columns = min(
            Int(((2.5 * biasedMax * Double(itemCount)).squareRoot() / biasedMax).rounded(.toNearestOrAwayFromZero)),
            (Self.breakLength - indentation) / actualMax,
            Self.compact * 4,
            15
        )
        guard columns > 1 else { return output }

        let columnWidths = (0..<columns).map { column in
            stride(from: column, to: itemCount, by: columns).map { lengths[$0] }.max().map { $0 + separatorSpace } ?? separatorSpace
        }
        var rows: [String] = []
        for rowStart in stride(from: 0, to: itemCount, by: columns) {
            let rowEnd = min(rowStart + columns, itemCount)
            var row = ""
            for index in rowStart..<rowEnd - 1 {
                row += pad(output[index] + ", ", to: columnWidths[index - rowStart], atStart: rightAligned)
            }
            let last = rowEnd - 1
            row += rightAligned
                ? pad(output[last], to: columnWidths[last - rowStart] - separatorSpace, atStart: true)
                : output[last]
            rows.append(row)
        }
        if itemCount < output.count {
            rows.append(output[itemCount])
        }
        return rows
    }

    private func pad(_ text: String, to width: Int, atStart: Bool) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.utf16.count))
        return atStart ? padding + text : text + padding
    }

    /// A quoted string; a long one with line breaks is split after each break into quoted
    /// pieces joined by `+`.
    private func formatString(_ string: String) -> String {
        let length = string.utf16.count
        guard length > Self.minLineLength, length > Self.breakLength - indentation - 4 else {
            return quote(string)
        }
        var lines: [Substring] = []
        var lineStart = string.startIndex
        for index in string.indices where string[index] == "\n" {
            let next = string.index(after: index)
            lines.append(string[lineStart..<next])
            lineStart = next
        }
        if lineStart < string.endIndex || lines.isEmpty {
            lines.append(string[lineStart...])
        }
        let separator = " +\n" + String(repeating: " ", count: indentation + 2)
        return lines.map { quote(String($0)) }.joined(separator: separator)
    }
}

/// A string quoted as Node quotes it: single quotes, or double quotes or backticks when that
/// avoids escaping a single quote; control characters and the backslash escaped.
func quote(_ string: String) -> String {
    var quoteMark: Character = "'"
    if string.contains("'") {
        if !string.contains("\"") {
            quoteMark = "\""
        } else if !string.contains("`") && !string.contains("${") {
            quoteMark = "`"
        }
    }
    var result = String(quoteMark)
    for scalar in string.unicodeScalars {
        if let escape = shortEscape(scalar) {
            result += escape
            continue
        }
        switch scalar.value {
        case 39 where quoteMark == "'": result += "\\'"
        case 0..<32, 0x7F..<0xA0:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            result += "\\x" + (hex.count < 2 ? "0" + hex : hex)
        default:
            result.unicodeScalars.append(scalar)
        }
    }
    result.append(quoteMark)
    return result
}

/// The two-character escape a JavaScript string literal and JSON share for a backspace, tab,
/// line feed, form feed, carriage return or backslash; nil for any other character.
func shortEscape(_ scalar: Unicode.Scalar) -> String? {
    switch scalar.value {
    case 0x08: return "\\b"
    case 0x09: return "\\t"
    case 0x0A: return "\\n"
    case 0x0C: return "\\f"
    case 0x0D: return "\\r"
    case 0x5C: return "\\\\"
    default: return nil
    }
}

/// Whether `key` prints bare as a property name (`a`, `_b2`) rather than quoted (`'a-b'`).
private func isIdentifier(_ key: String) -> Bool {
    guard let first = key.unicodeScalars.first, first == "_" || isASCIILetter(first) else { return false }
    return key.unicodeScalars.allSatisfy { $0 == "_" || isASCIILetter($0) || ("0"..."9").contains($0) }
}

private func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
}

private func isNumber(_ value: Any?) -> Bool {
    switch JSValue(value) {
    case .number, .integer: return true
    default: return false
    }
}

/// Unwraps nested optionals hidden in an `Any`.
func flattenOptional(_ value: Any?) -> Any? {
    guard let value else { return nil }
    if let optional = value as? OptionalProtocol { return optional.wrappedAny }
    return value
}

private protocol OptionalProtocol {
    var wrappedAny: Any? { get }
}

extension Optional: OptionalProtocol {
    var wrappedAny: Any? { flatMap { flattenOptional($0) } }
}
