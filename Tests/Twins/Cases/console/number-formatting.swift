import NodeLoop

let consoleNumberFormatting = Twin("console/number-formatting") {
    console.log(1.5, 1e21, 1e-7, -0.0, Double.nan, Double.infinity, -Double.infinity)
    console.log(1, 100, 0.1 + 0.2, 123456789012, 0.000001)
    console.log(9007199254740992, -42, 3.14159, 1.7976931348623157e308)
    console.log([1.5, -0.0, Double.nan, 1e21])
}
