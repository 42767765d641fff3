import NodeLoop

let jobsTicksTimersImmediatesOrder = Twin("promises/jobs-ticks-timers-immediates-order") {
    setImmediate {
        console.log("immediate")
        Promise.resolve().then { console.log("immediate: promise") }
        process.nextTick { console.log("immediate: tick") }
    }
    setTimeout(1) {
        console.log("timer")
        Promise.resolve().then { console.log("timer: promise") }
        process.nextTick { console.log("timer: tick") }
    }
    Promise.resolve().then { console.log("main: promise") }
    process.nextTick { console.log("main: tick") }
    console.log("main")
    // Busy-wait so that the 1 ms timer is due when the first timers phase runs.
    let start = performance.now()
    while performance.now() - start < 5 {}
}
