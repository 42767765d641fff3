import NodeLoop

let noneModeSilent = Twin("promises/none-mode-silent") {
    process.unhandledRejections = .none
    process.on(.exit) { code in console.log("exit", code) }
    _ = Promise<Int>.reject(ThrownValue(42))
    setTimeout(0) { console.log("timer") }
}
