import NodeLoop

let ticksAndMicrotasksBetweenImmediates = Twin("immediates/ticks-and-microtasks-between-immediates") {
    for name in ["A", "B", "C"] {
        setImmediate {
            console.log("immediate", name)
            queueMicrotask { console.log("microtask", name) }
            process.nextTick { console.log("tick", name) }
        }
    }
}
