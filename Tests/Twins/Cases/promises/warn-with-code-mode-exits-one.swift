import NodeLoop

let warnWithCodeModeExitsOne = Twin("promises/warn-with-code-mode-exits-one") {
    process.unhandledRejections = .warnWithErrorCode
    process.on(.exit) { code in console.log("exit", code) }
    _ = Promise<Int>.reject(ThrownValue(42))
    setTimeout(0) { console.log("timer") }
}
