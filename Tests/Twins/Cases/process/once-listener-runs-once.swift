import NodeLoop

let onceListenerRunsOnce = Twin("process/once-listener-runs-once") {
    var rounds = 0
    process.once(.beforeExit) { code in console.log("once listener", code) }
    process.on(.beforeExit) { code in
        rounds += 1
        console.log("on listener", code, "round", rounds, "listeners", process.listenerCount(.beforeExit))
        if rounds == 1 { setTimeout(1) { console.log("timer") } }
    }
    console.log("listeners", process.listenerCount(.beforeExit))
}
