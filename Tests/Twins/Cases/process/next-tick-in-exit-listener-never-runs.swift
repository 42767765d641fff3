import NodeLoop

let nextTickInExitListenerNeverRuns = Twin("process/next-tick-in-exit-listener-never-runs") {
    process.on(.exit) { code in
        process.nextTick { console.log("tick from exit listener") }
        setTimeout(0) { console.log("timer from exit listener") }
        setImmediate { console.log("immediate from exit listener") }
        console.log("exit listener", code)
    }
    process.on(.exit) { _ in console.log("second exit listener") }
    console.log("script end")
}
