import NodeLoop

let unrefTimeoutFiresWhileRefedPending = Twin("timers/unref-fires-while-refed-pending") {
    process.on(.exit) { code in console.log("exit", code) }
    setTimeout(10) { console.log("unref timeout, 10 ms") }.unref()
    setTimeout(40) { console.log("ref timeout, 40 ms") }
}
