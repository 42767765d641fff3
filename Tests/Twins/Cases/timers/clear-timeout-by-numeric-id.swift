import NodeLoop

let clearTimeoutByNumericId = Twin("timers/clear-timeout-by-numeric-id") {
    let cleared = setTimeout(10) { console.log("cleared by id (should not run)") }
    let kept = setTimeout(10) { console.log("kept") }
    let id = cleared.id
    clearTimeout(id)
    clearTimeout(kept.id + 1000)
    console.log("cleared")
}
