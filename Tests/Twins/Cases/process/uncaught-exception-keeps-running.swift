import NodeLoop

let uncaughtExceptionKeepsRunning = Twin("process/uncaught-exception-keeps-running") {
    process.on(.uncaughtException) { error, origin in
        console.log("caught", error.message, origin)
        process.nextTick { console.log("tick from handler") }
    }
    setTimeout(1) {
        process.nextTick { console.log("tick") }
        queueMicrotask { console.log("microtask") }
        throw NodeError("boom")
    }
    setTimeout(1) { console.log("second timer") }
    setTimeout(1) { console.log("third timer") }
    // Busy-wait so that both 1 ms timers are due when the first timers phase runs.
    let start = performance.now()
    while performance.now() - start < 5 {}
}
