import NodeLoop

let signalOnlyListenerEnds = Twin("process/signal-only-listener-ends") {
    process.on(.SIGHUP) { _, _ in console.log("SIGHUP") }
    setTimeout(5) { console.log("timer, listeners", process.listenerCount(.SIGHUP)) }
    process.on(.exit) { code in console.log("exit", code) }
    console.log("script end")
}
