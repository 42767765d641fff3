import NodeLoop

let topLevelTimeoutVsImmediateRace = Twin("timers/top-level-timeout-vs-immediate-race") {
    setTimeout(0) { console.log("timeout") }
    setImmediate { console.log("immediate") }
}
