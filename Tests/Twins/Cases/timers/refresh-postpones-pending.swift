import NodeLoop

let refreshPostponesPending = Twin("timers/refresh-postpones-pending") {
    let refreshed = setTimeout(200) { console.log("200 ms timeout, refreshed at 120 ms") }
    setTimeout(260) { console.log("260 ms timeout") }
    setTimeout(120) {
        console.log("120 ms: refresh")
        refreshed.refresh()
    }
}
