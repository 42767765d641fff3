import NodeLoop

let exitZeroInScriptEndsCleanly = Twin("process/exit-zero-in-script-ends-cleanly") {
    process.on(.exit) { code in console.log("exit", code) }
    setTimeout(0) { console.log("timer") }
    setImmediate { console.log("immediate") }
    console.log("script")
    try process.exit(0)
}
