import NodeLoop

let tickFromMicrotaskAfterMicrotasks = Twin("microtasks/tick-from-microtask-after-microtasks") {
    setTimeout(0) { console.log("timeout") }
    queueMicrotask {
        console.log("microtask 1")
        process.nextTick { console.log("tick from microtask 1") }
    }
    queueMicrotask { console.log("microtask 2") }
    queueMicrotask { console.log("microtask 3") }
}
