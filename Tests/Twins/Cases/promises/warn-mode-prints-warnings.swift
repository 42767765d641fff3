import NodeLoop

let warnModePrintsWarnings = Twin("promises/warn-mode-prints-warnings") {
    process.unhandledRejections = .warn
    process.on(.exit) { code in console.log("exit", code) }
    _ = Promise<Int>.reject(ThrownValue(42))
    setTimeout(0) { console.log("timer") }
}
