import Testing
@testable import NodeLoop

/// `jsNumberString` must spell doubles as JavaScript's `String(number)`; each expected text below
/// was printed by node v20 for the same value.
@Suite struct JSNumberFormattingTests {
    @Test(arguments: [
        (1.5, "1.5"), (1e21, "1e+21"), (1e-7, "1e-7"), (1e-6, "0.000001"),
        (123456789.125, "123456789.125"), (0.1 + 0.2, "0.30000000000000004"),
        (2147483648, "2147483648"), (Double.leastNonzeroMagnitude, "5e-324"),
        (1.7976931348623157e308, "1.7976931348623157e+308"), (-1.5e-10, "-1.5e-10"),
        (100, "100"), (1e20, "100000000000000000000"), (-0.0, "-0"),
        (.nan, "NaN"), (.infinity, "Infinity"), (-.infinity, "-Infinity"),
    ])
    func spellsDoublesAsJavaScriptDoes(_ value: Double, _ expected: String) {
        #expect(jsNumberString(value) == expected)
    }

    // node: console.time durations use Number(ms.toFixed(3)) below one second, then seconds,
    // then m:ss.mmm.
    @Test(arguments: [
        (0.0954, "0.095ms"), (12.5, "12.5ms"), (999.9996, "1000ms"), (1500, "1.500s"),
        (61_234.5, "1:01.235 (m:ss.mmm)"), (3_723_004, "1:02:03.004 (h:mm:ss.mmm)"),
    ])
    func formatsElapsedTimeAsConsoleTimeEndDoes(_ milliseconds: Double, _ expected: String) {
        #expect(formatElapsed(milliseconds: milliseconds) == expected)
    }
}
