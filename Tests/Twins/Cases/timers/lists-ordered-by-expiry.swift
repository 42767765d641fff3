import NodeLoop

let listsOrderedByExpiry = Twin("timers/lists-ordered-by-expiry") {
    setTimeout(30) { console.log("30 ms") }
    setTimeout(5) { console.log("5 ms, first") }
    setTimeout(15) { console.log("15 ms") }
    setTimeout(5) { console.log("5 ms, second") }
    setTimeout(30) { console.log("30 ms, second") }
}
