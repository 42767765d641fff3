import NodeLoop

let beforeExitReschedulesWork = Twin("process/before-exit-reschedules-work") {
    var rounds = 0
    process.on(.beforeExit) { code in
        rounds += 1
        console.log("beforeExit", code, "round", rounds)
        if rounds == 1 { setTimeout(1) { console.log("timer from round 1") } }
        if rounds == 2 { setImmediate { console.log("immediate from round 2") } }
    }
    process.on(.exit) { code in console.log("exit", code, "after rounds", rounds) }
    console.log("script end")
}
