// A small `util.inspect`: the value formats NodeLoop's samples and twins print.

/// Formats console arguments as Node's `util.format` does for the supported cases.
func format(_ items: [Any?]) -> String {
    // Like Node, a lone string is printed as it is, `%%` included.
    guard items.count > 1, let template = items.first as? String, template.contains("%") else {
        return items.map { inspect($0, topLevel: true) }.joined(separator: " ")
    }
    var rest = items.dropFirst()
    var output = ""
    var characters = template.makeIterator()
    while let character = characters.next() {
        guard character == "%" else {
            output.append(character)
            continue
        }
        guard let specifier = characters.next() else {
            output.append("%")
            break
        }
        switch specifier {
        case "%":
            output.append("%")
        case "s", "d", "i", "f", "j", "o", "O", "c":
            guard !rest.isEmpty else {
                output.append("%")
                output.append(specifier)
                continue
            }
            let value = rest.removeFirst()
            output += formatSpecifier(specifier, value)
        default:
            output.append("%")
            output.append(specifier)
        }
    }
    for value in rest {
        output += " " + inspect(value, topLevel: true)
    }
    return output
}

/// One specifier's text for its argument, by Node's `formatWithOptions` rules: `%s` a string
/// as it is and anything else inspected to depth 0 (a Buffer through its own `toString()`);
/// `%d` `Number(x)`; `%i` `parseInt(String(x))`; `%f` `parseFloat(String(x))`; `%j`
/// `JSON.stringify(x)`; `%o` inspected with hidden properties to depth 4; `%O` inspected;
/// `%c` (CSS, for browsers) nothing.
private func formatSpecifier(_ specifier: Character, _ value: Any?) -> String {
    switch specifier {
    case "s":
        if let buffer = flattenOptional(value) as? Buffer { return (try? buffer.toString()) ?? "" }
        return inspect(value, topLevel: true, depthLimit: 0)
    case "d":
        return jsNumberString(jsNumber(value))
    case "i":
        return jsNumberString(jsParseInt(jsString(value)))
    case "f":
        return jsNumberString(jsParseFloat(jsString(value)))
    case "j":
        return jsonText(value) ?? "undefined"
    case "o":
        var inspector = ValueInspector(depthLimit: 4, showHidden: true)
        return inspector.format(value, topLevel: false)
    case "c":
        return ""
    default:
        return inspect(value, topLevel: false)
    }
}

/// The text Node's `util.inspect` gives a value; strings are bare at the top level.
func inspect(_ value: Any?, topLevel: Bool = true, depthLimit: Int = 2) -> String {
    var inspector = ValueInspector(depthLimit: depthLimit)
    return inspector.format(value, topLevel: topLevel)
}

/// JavaScript's `Number.prototype.toString()` for a double: `1`, `1.5`, `1e+21`, `1e-7`, `-0`,
/// `NaN`, `Infinity`.
func jsNumberString(_ value: Double) -> String {
    if value.isNaN { return "NaN" }
    if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
    if value == 0 { return value.sign == .minus ? "-0" : "0" }
    if value == value.rounded(), abs(value) < 1e18 {
        return String(Int64(value))
    }
    // Swift's shortest round-trip digits, re-spelled with JavaScript's exponent rules.
    let text = "\(value)"
    let (mantissa, exponentText) = splitExponent(text)
    guard let exponentText, let exponent = Int(exponentText) else {
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
    let negative = mantissa.hasPrefix("-")
    let digits = mantissa.replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ".", with: "")
    // The decimal point sits after the first digit: value = 0.digits * 10^(exponent + 1).
    let pointPosition = exponent + 1
    let sign = negative ? "-" : ""
    if pointPosition > 21 || pointPosition < -5 {
        let fraction = digits.dropFirst()
        let mantissaText = fraction.isEmpty ? String(digits.prefix(1)) : "\(digits.prefix(1)).\(fraction)"
        return "\(sign)\(mantissaText)e\(exponent >= 0 ? "+" : "-")\(abs(exponent))"
    }
    if pointPosition <= 0 {
        return sign + "0." + String(repeating: "0", count: -pointPosition) + digits
    }
    if pointPosition >= digits.count {
        return sign + digits + String(repeating: "0", count: pointPosition - digits.count)
    }
    let index = digits.index(digits.startIndex, offsetBy: pointPosition)
    return sign + digits[..<index] + "." + digits[index...]
}

private func splitExponent(_ text: String) -> (String, String?) {
    guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return (text, nil) }
    var exponent = String(text[text.index(after: e)...])
    if exponent.hasPrefix("+") { exponent.removeFirst() }
    return (String(text[..<e]), exponent)
}

private extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
