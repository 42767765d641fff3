import NodeLoop

let refreshPostponesPending = Twin("timers/refresh-postpones-pending") {
    let refreshed = setTimeout(50) { console.log("50 ms timeout, refreshed at 40 ms") }
    setTimeout(60) { console.log("60 ms timeout") }
    setTimeout(40) {
        console.log("40 ms: refresh")
        refreshed.refresh()
    }
}
