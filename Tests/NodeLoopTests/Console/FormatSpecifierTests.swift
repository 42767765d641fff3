import Testing
@testable import NodeLoop

/// `console.log`'s format specifiers convert their argument as Node's `util.format` does. Every
/// expectation is what node v20 printed for `util.format(format, value)` with the JavaScript
/// value the Swift one stands for (in the comment where it differs from the Swift spelling).
@Suite struct FormatSpecifierTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let format: String
        let value: any Sendable
        let expected: String
        var testDescription: String { "\(format) of \(value) is \(expected)" }
    }

    private struct NoJavaScriptForm: Sendable {}

    static let cases: [Case] = [
        // %d: Number(x)
        Case(format: "%d", value: "", expected: "0"),
        Case(format: "%d", value: " 12 ", expected: "12"),
        Case(format: "%d", value: "0x10", expected: "16"),
        Case(format: "%d", value: "0b101", expected: "5"),
        Case(format: "%d", value: "12abc", expected: "NaN"),
        Case(format: "%d", value: "-Infinity", expected: "-Infinity"),
        Case(format: "%d", value: "inf", expected: "NaN"),
        Case(format: "%d", value: "-0x10", expected: "NaN"),
        Case(format: "%d", value: true, expected: "1"),
        Case(format: "%d", value: -0.0, expected: "-0"),
        Case(format: "%d", value: [5], expected: "5"),
        Case(format: "%d", value: ["a": 1], expected: "NaN"),
        // %i: parseInt(String(x))
        Case(format: "%i", value: "12abc", expected: "12"),
        Case(format: "%i", value: 1e21, expected: "1"),
        Case(format: "%i", value: 5e-7, expected: "5"),
        Case(format: "%i", value: -0.0, expected: "0"),
        Case(format: "%i", value: "-0", expected: "-0"),
        Case(format: "%i", value: "", expected: "NaN"),
        Case(format: "%i", value: Double.infinity, expected: "NaN"),
        Case(format: "%i", value: "0x1F", expected: "31"),
        // %f: parseFloat(String(x))
        Case(format: "%f", value: "1.5abc", expected: "1.5"),
        Case(format: "%f", value: "0x10", expected: "0"),
        Case(format: "%f", value: "  .5e1x", expected: "5"),
        Case(format: "%f", value: "1.e2", expected: "100"),
        Case(format: "%f", value: "1e", expected: "1"),
        Case(format: "%f", value: ".", expected: "NaN"),
        Case(format: "%f", value: "Infinityx", expected: "Infinity"),
        Case(format: "%f", value: true, expected: "NaN"),
        // %s: strings as they are, objects to depth 0
        Case(format: "%s", value: "a\"b", expected: "a\"b"),
        Case(format: "%s", value: -0.0, expected: "-0"),
        Case(format: "%s", value: ["a": ["b": ["c": 1]]], expected: "{ a: [Object] }"),
        Case(format: "%s", value: [[1]], expected: "[ [Array] ]"),
        // %j: JSON.stringify
        Case(format: "%j", value: "a\u{7}\u{2028}", expected: "\"a\\u0007\u{2028}\""),
        Case(format: "%j", value: -0.0, expected: "0"),
        Case(format: "%j", value: Double.nan, expected: "null"),
        Case(format: "%j", value: Int64.max, expected: "9223372036854775807"),
        Case(format: "%j", value: ["k": nil, "v": 1] as [String: Int?], expected: "{\"v\":1}"),
        // node: e = new Error('m'); e.code = 'ECODE'
        Case(format: "%j", value: NodeError("m", code: "ECODE"), expected: "{\"code\":\"ECODE\"}"),
        // node: the AbortError timers/promises rejects with
        Case(format: "%j", value: AbortError(), expected: "{\"code\":\"ABORT_ERR\",\"name\":\"AbortError\"}"),
        // node: a function or a symbol, which have no JSON form either
        Case(format: "%j", value: NoJavaScriptForm(), expected: "undefined"),
        Case(format: "%j", value: [NoJavaScriptForm()], expected: "[null]"),
        // %c: CSS for browsers, dropped
        Case(format: "%c|", value: "color: red", expected: "|"),
    ]

    @Test(arguments: cases)
    func aSpecifierConvertsItsArgumentAsNodeDoes(_ input: Case) {
        #expect(format([input.format, input.value]) == input.expected)
    }

    // node: Promise.allSettled([1, Promise.reject(new Error('x'))]) printed with %j
    @Test func settledResultsPrintAsNodesOutcomeObjects() {
        let results: [SettledResult<Int>] = [.fulfilled(1), .rejected(NodeError("x"))]
        #expect(format(["%j", results]) == #"[{"status":"fulfilled","value":1},{"status":"rejected","reason":{}}]"#)
    }
}
