import NodeLoop

let signalSigintListenerRunsTwice = Twin("process/signal-sigint-listener-runs-twice") {
    var received = 0
    let keepAlive = setInterval(1000) {}
    process.on(.SIGINT) { signal, _ in
        received += 1
        console.log("SIGINT listener", signal, received)
        if received == 1 {
            try process.kill(process.pid, "SIGINT")
        } else {
            process.removeAllListeners(.SIGINT)
            clearInterval(keepAlive)
        }
    }
    try process.kill(process.pid, "SIGINT")
    process.on(.exit) { code in console.log("exit", code) }
}
