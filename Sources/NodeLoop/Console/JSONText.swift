// `JSON.stringify` for the Swift values NodeLoop prints as JavaScript values: what
// `util.format`'s `%j` prints.

/// The JSON text `JSON.stringify(value)` gives, or nil where it gives `undefined` (for
/// `undefined` itself, and for a Swift value with no JavaScript form, as for a function or a
/// symbol in Node).
///
/// Arrays and dictionaries are values in Swift and cannot contain themselves, so the
/// `[Circular]` Node prints for a circular structure never arises. Inside an array a value
/// with no JSON form is `null`; in an object its key is left out, as in JavaScript.
func jsonText(_ value: Any?) -> String? {
    switch JSValue(value) {
    case .undefined:
        return nil
    case .string(let string):
        return jsonQuoted(string)
    case .boolean(let bool):
        return bool ? "true" : "false"
    case .number(let number):
        return jsonNumber(number)
    case .integer(let number):
        return "\(number)"
    case .buffer(let buffer):
        // Buffer.prototype.toJSON
        return #"{"type":"Buffer","data":["# + buffer.bytes.map(String.init).joined(separator: ",") + "]}"
    case .error(let error as NodeError):
        // A Node error's own enumerable properties: the code, and a system error's details.
        let fields: [(key: String, value: Any?)] = [
            ("errno", error.errno), ("code", error.code), ("syscall", error.syscall), ("path", error.path), ("dest", error.dest),
            ("hostname", error.hostname),
        ]
        return jsonObject(fields)
    case .error(let error as AbortError):
        return jsonObject([("code", error.code), ("name", error.name)])
    case .error, .other(is any Error):
        // An error's message and stack are not enumerable: `JSON.stringify(new Error('x'))` is `{}`.
        return "{}"
    case .other(let time as FileTime):
        // Date.prototype.toJSON
        return jsonQuoted(time.toISOString())
    case .object(let properties, _):
        return jsonObject(properties)
    case .array(let array):
        return "[" + array.map { jsonText($0) ?? "null" }.joined(separator: ",") + "]"
    case .other:
        return nil
    }
}

private func jsonObject(_ properties: [(key: String, value: Any?)]) -> String {
    let members = properties.compactMap { property in jsonText(property.value).map { jsonQuoted(property.key) + ":" + $0 } }
    return "{" + members.joined(separator: ",") + "}"
}

/// NaN and the infinities are `null` in JSON, and -0 is `0`.
private func jsonNumber(_ number: Double) -> String {
    guard number.isFinite else { return "null" }
    return number == 0 ? "0" : jsNumberString(number)
}

/// A JSON string: `"` and `\` escaped, the short escapes for backspace, tab, line feed, form
/// feed and carriage return, `\u00xx` for the other control characters.
private func jsonQuoted(_ string: String) -> String {
    var result = "\""
    for scalar in string.unicodeScalars {
        if let escape = shortEscape(scalar) {
            result += escape
            continue
        }
        switch scalar.value {
        case 0x22: result += "\\\""
        case 0..<0x20:
            let hex = String(scalar.value, radix: 16)
            result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default:
            result.unicodeScalars.append(scalar)
        }
    }
    return result + "\""
}
