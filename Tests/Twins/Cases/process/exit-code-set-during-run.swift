import NodeLoop

let exitCodeSetDuringRun = Twin("process/exit-code-set-during-run") {
    process.on(.beforeExit) { code in console.log("beforeExit", code) }
    process.on(.exit) { code in console.log("exit", code) }
    setTimeout(1) {
        console.log("timer sets exitCode")
        process.exitCode = 5
    }
}
