import NodeLoop

let consoleValuesAndArrays = Twin("console/values-and-arrays") {
    console.log(true, false, nil)
    console.log("text", ["text"])
    console.log([1, "two", true] as [Any])
    console.log([[1, 2], ["a", ["b"]]] as [Any])
    console.log([] as [Any], [[]] as [[Any]])
    console.log(["answer": 42], ["name": "Ada"])
    console.error("to stderr", [1])
    console.info("info goes to stdout")
    console.warn("warn goes to stderr")
}
