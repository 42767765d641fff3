import NodeLoop

let signalWithoutListenerEndsProcess = Twin("process/signal-without-listener-ends-process") {
    process.on(.exit) { code in console.log("exit", code) }
    setTimeout(10) { console.log("timer") }
    console.log("before kill")
    try process.kill(process.pid, "SIGTERM")
    console.log("after kill")
}
