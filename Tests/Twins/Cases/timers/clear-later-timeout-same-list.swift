import NodeLoop

let clearLaterTimeoutSameList = Twin("timers/clear-later-timeout-same-list") {
    var second: Timeout?
    setTimeout(5) {
        console.log("first, clearing second")
        clearTimeout(second)
    }
    second = setTimeout(5) { console.log("second (should not run)") }
    setTimeout(5) { console.log("third") }
}
