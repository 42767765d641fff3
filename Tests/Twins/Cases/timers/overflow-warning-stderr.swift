import NodeLoop

let overflowWarningStderr = Twin("timers/overflow-warning-stderr") {
    setTimeout(Double(1 << 31)) { console.log("overflowed timeout ran") }
    setTimeout(20) { console.log("20 ms timeout") }
    console.log("scheduled")
}
