import NodeLoop

let listsOrderedByExpiry = Twin("timers/lists-ordered-by-expiry") {
    setTimeout(120) { console.log("120 ms") }
    setTimeout(20) { console.log("20 ms, first") }
    setTimeout(60) { console.log("60 ms") }
    setTimeout(20) { console.log("20 ms, second") }
    setTimeout(120) { console.log("120 ms, second") }
}
