import NodeLoop

let nestedSameDelayRunsLaterTurn = Twin("timers/nested-same-delay-runs-later-turn") {
    setTimeout(1) {
        console.log("A")
        setTimeout(1) { console.log("nested in A") }
        setImmediate { console.log("immediate from A") }
    }
    setTimeout(1) { console.log("B") }
    let end = process.hrtime.bigint() + 30_000_000
    while process.hrtime.bigint() < end {}
    console.log("script end, both timeouts due")
}
