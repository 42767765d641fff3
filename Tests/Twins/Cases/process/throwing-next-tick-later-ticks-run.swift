import NodeLoop

let throwingNextTickLaterTicksRun = Twin("process/throwing-next-tick-later-ticks-run") {
    process.on(.uncaughtException) { error, origin in console.log("caught", error.message, origin) }
    setTimeout(1) {
        console.log("first timer")
        process.nextTick { console.log("tick 1") }
        process.nextTick {
            console.log("tick 2")
            throw NodeError("boom")
        }
        process.nextTick { console.log("tick 3") }
        queueMicrotask { console.log("microtask") }
    }
    setTimeout(1) { console.log("second timer") }
    // Busy-wait so that both 1 ms timers are due when the first timers phase runs.
    let start = performance.now()
    while performance.now() - start < 5 {}
}
