import NodeLoop

let closeCancelsTimeout = Twin("timers/close-cancels-timeout") {
    let closed = setTimeout(10) { console.log("closed (should not run)") }
    setTimeout(10) { console.log("kept") }
    closed.close()
    console.log("closed")
}
