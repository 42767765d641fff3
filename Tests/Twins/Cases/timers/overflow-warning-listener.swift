import NodeLoop

let overflowWarningListener = Twin("timers/overflow-warning-listener") {
    process.on(.warning) { warning in console.log(warning.name, warning.message) }
    setTimeout(Double(1 << 31)) { console.log("overflowed timeout ran") }
    setTimeout(20) { console.log("20 ms timeout") }
    console.log("scheduled")
}
