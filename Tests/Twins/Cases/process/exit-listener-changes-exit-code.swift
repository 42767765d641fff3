import NodeLoop

let exitListenerChangesExitCode = Twin("process/exit-listener-changes-exit-code") {
    process.exitCode = 2
    process.on(.exit) { code in
        console.log("first listener", code)
        process.exitCode = 9
    }
    process.on(.exit) { code in console.log("second listener", code, process.exitCode) }
}
