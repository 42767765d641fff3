import NodeLoop

let signalListenerGetsNameAndNumber = Twin("process/signal-listener-gets-name-and-number") {
    let keepAlive = setInterval(1000) {}
    var listener: ListenerID?
    listener = process.on(.SIGUSR2) { signal, number in
        console.log("listener got", signal, number)
        if let listener { process.off(.SIGUSR2, listener) }
        clearInterval(keepAlive)
        console.log("listeners left", process.listenerCount(.SIGUSR2))
    }
    console.log("kill returned", try process.kill(process.pid, "SIGUSR2"))
    console.log("after kill")
    process.on(.exit) { code in console.log("exit", code) }
}
