import NodeLoop

let warnModeHandledLateWarning = Twin("promises/warn-mode-handled-late-warning") {
    process.unhandledRejections = .warn
    let rejected = Promise<Int>.reject(ThrownValue(42))
    setTimeout(1) { rejected.catch { reason in console.log("caught", reason) } }
}
