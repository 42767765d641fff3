import NodeLoop

let ticksAndMicrotasksBetweenTimers = Twin("timers/ticks-and-microtasks-between-timers") {
    for name in ["A", "B", "C"] {
        setTimeout(5) {
            console.log("timer", name)
            queueMicrotask { console.log("microtask", name) }
            process.nextTick { console.log("tick", name) }
        }
    }
}
