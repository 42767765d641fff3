import NodeLoop

let tickFromTickBeforeMicrotask = Twin("microtasks/tick-from-tick-before-microtask") {
    queueMicrotask { console.log("microtask") }
    process.nextTick {
        console.log("tick 1")
        process.nextTick {
            console.log("tick 1 -> 2")
            process.nextTick { console.log("tick 1 -> 2 -> 3") }
        }
    }
    process.nextTick { console.log("tick 2") }
}
