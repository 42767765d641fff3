// JavaScript's conversions of a value to a string and to a number, for the Swift values NodeLoop
// prints as JavaScript values: what `util.format`'s `%d`, `%i` and `%f` apply to their argument
// (`Number(x)`, `parseInt(String(x))`, `parseFloat(String(x))`).

/// `String(value)` in JavaScript: `undefined`, `1.5`, `a,b` for an array, `[object Object]`
/// for a dictionary or record; an error as its `toString()`; any other Swift value as Swift
/// describes it.
func jsString(_ value: Any?) -> String {
    switch JSValue(value) {
    case .string(let string):
        return string
    case .number(let number):
        return number == 0 ? "0" : jsNumberString(number)
    case .buffer(let buffer):
        return (try? buffer.toString()) ?? ""
    case .array(let array):
        // Array.prototype.join: undefined and null items are empty.
        return array.map { flattenOptional($0) == nil ? "" : jsString($0) }.joined(separator: ",")
    case .object:
        return "[object Object]"
    case .undefined, .boolean, .integer, .error, .other:
        return inspect(value, topLevel: true)
    }
}

/// `Number(value)` in JavaScript: booleans are 0 and 1, `undefined` is NaN, a string is parsed
/// as a JavaScript numeric literal (blank is 0), and anything else goes through its string.
func jsNumber(_ value: Any?) -> Double {
    switch JSValue(value) {
    case .undefined: return .nan
    case .boolean(let bool): return bool ? 1 : 0
    case .number(let number): return number
    case .integer(let number): return Double(number)
    default: return jsStringToNumber(jsString(value))
    }
}

/// JavaScript's `StringToNumber`: surrounding white space is ignored, an empty string is 0,
/// `0x`/`0o`/`0b` prefixes give whole numbers, otherwise a decimal literal or `Infinity` with
/// an optional sign; anything else is NaN.
func jsStringToNumber(_ string: String) -> Double {
    let text = Substring(string).trimmingJSWhiteSpace()
    if text.isEmpty { return 0 }
    let radixes: [(prefix: String, radix: Int)] = [("0x", 16), ("0X", 16), ("0o", 8), ("0O", 8), ("0b", 2), ("0B", 2)]
    for (prefix, radix) in radixes where text.hasPrefix(prefix) {
        let digits = text.dropFirst(2)
        return digitsValue(digits, radix: radix).flatMap { $0.count == digits.count ? $0.value : nil } ?? .nan
    }
    guard let (value, length) = decimalLiteralPrefix(text), length == text.utf8.count else { return .nan }
    return value
}

/// `parseInt(string)` in JavaScript, radix 10 or 16 (after `0x`): the digits at the start,
/// after white space and a sign; NaN if there are none.
func jsParseInt(_ string: String) -> Double {
    var text = Substring(string).trimmingJSWhiteSpace(atEnd: false)
    let negative = text.hasPrefix("-")
    if negative || text.hasPrefix("+") { text = text.dropFirst() }
    var radix = 10
    if text.hasPrefix("0x") || text.hasPrefix("0X") {
        radix = 16
        text = text.dropFirst(2)
    }
    guard let (value, _) = digitsValue(text, radix: radix) else { return .nan }
    return negative ? -value : value
}

/// `parseFloat(string)` in JavaScript: the longest decimal literal (or `Infinity`) at the
/// start, after white space; NaN if there is none.
func jsParseFloat(_ string: String) -> Double {
    decimalLiteralPrefix(Substring(string).trimmingJSWhiteSpace(atEnd: false))?.value ?? .nan
}

/// The value of the leading digits of `text` in `radix` and how many there are; nil if none.
/// Decimal digits go through Swift's correctly rounded parser, as JavaScript rounds them.
private func digitsValue(_ text: Substring, radix: Int) -> (value: Double, count: Int)? {
    let digits = text.prefix { Int(String($0), radix: radix) != nil && $0.isASCII }
    guard !digits.isEmpty else { return nil }
    if radix == 10 { return Double(digits).map { ($0, digits.count) } }
    let value = digits.reduce(0.0) { $0 * Double(radix) + Double(Int(String($1), radix: radix) ?? 0) }
    return (value, digits.count)
}

/// The longest JavaScript `StrDecimalLiteral` at the start of `text` (an optional sign, then
/// `Infinity` or digits with an optional fraction and exponent), its value and its UTF-8 length.
private func decimalLiteralPrefix(_ text: Substring) -> (value: Double, length: Int)? {
    let bytes = Array(text.utf8)
    var index = 0
    var sign = 1.0
    if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
        if bytes[index] == UInt8(ascii: "-") { sign = -1 }
        index += 1
    }
    if text.utf8.dropFirst(index).starts(with: "Infinity".utf8) {
        return (sign * .infinity, index + 8)
    }
    func isDigit(_ at: Int) -> Bool { at < bytes.count && bytes[at] >= UInt8(ascii: "0") && bytes[at] <= UInt8(ascii: "9") }
    let mantissaStart = index
    while isDigit(index) { index += 1 }
    var mantissaDigits = index - mantissaStart
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
        var fractionEnd = index + 1
        while isDigit(fractionEnd) { fractionEnd += 1 }
        mantissaDigits += fractionEnd - index - 1
        if mantissaDigits > 0 { index = fractionEnd }
    }
    guard mantissaDigits > 0 else { return nil }
    var end = index
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
        var exponent = index + 1
        if exponent < bytes.count, bytes[exponent] == UInt8(ascii: "+") || bytes[exponent] == UInt8(ascii: "-") { exponent += 1 }
        if isDigit(exponent) {
            while isDigit(exponent) { exponent += 1 }
            end = exponent
        }
    }
    // Swift's parser takes what JavaScript's does once a bare "." gets its digit ("1." and ".5").
    var literal = String(decoding: bytes[mantissaStart..<end], as: UTF8.self)
    if literal.hasPrefix(".") { literal = "0" + literal }
    literal = literal.replacing(".e", with: ".0e").replacing(".E", with: ".0E")
    if literal.hasSuffix(".") { literal += "0" }
    guard let magnitude = Double(literal) else { return nil }
    return (sign * magnitude, end)
}

private extension Substring {
    /// Without JavaScript's white space and line terminators at the start (and the end).
    func trimmingJSWhiteSpace(atEnd: Bool = true) -> Substring {
        let isSpace: (Character) -> Bool = { character in
            character.unicodeScalars.allSatisfy { scalar in
                switch scalar.value {
                case 0x09...0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
                    return true
                default:
                    return false
                }
            }
        }
        var trimmed = drop(while: isSpace)
        if atEnd {
            while let last = trimmed.last, isSpace(last) { trimmed = trimmed.dropLast() }
        }
        return trimmed
    }
}
