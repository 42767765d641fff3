import NodeLoop

let consoleFormatSpecifiers = Twin("console/format-specifiers") {
    console.log("%s is %d years old", "Ada", 36)
    console.log("%d and %d", 42.5, "7")
    console.log("%i and %i", 42.9, -3.7)
    console.log("%f and %f", 1.25, "0.5")
    console.log("%d%% done", 50)
    console.log("%s and %s", "only one")
    console.log("%s:", "label", "extra", 7, true)
    console.log("%d is not a number", "abc")
    console.log("no format", "a", 1)
}
