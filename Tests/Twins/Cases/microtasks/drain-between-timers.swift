import NodeLoop

let microtasksDrainBetweenTimers = Twin("microtasks/drain-between-timers") {
    setTimeout(1) {
        console.log("timer A (1 ms)")
        queueMicrotask { console.log("microtask from A") }
        process.nextTick { console.log("tick from A") }
    }
    setTimeout(1) {
        console.log("timer B (1 ms)")
        queueMicrotask { console.log("microtask from B") }
    }
    setTimeout(3) {
        console.log("timer C (3 ms)")
        queueMicrotask { console.log("microtask from C") }
    }
    queueMicrotask { console.log("microtask from script") }
    console.log("script end")
}
