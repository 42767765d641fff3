import NodeLoop

let equalDelayFIFO = Twin("timers/equal-delay-fifo") {
    setTimeout(10) { console.log("first") }
    setTimeout(10) { console.log("second") }
    setTimeout(10) { console.log("third") }
    setTimeout(10) { console.log("fourth") }
    console.log("scheduled")
}
