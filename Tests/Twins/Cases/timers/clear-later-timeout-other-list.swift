import NodeLoop

let clearLaterTimeoutOtherList = Twin("timers/clear-later-timeout-other-list") {
    var other: Timeout?
    setTimeout(1) {
        let end = process.hrtime.bigint() + 30_000_000
        while process.hrtime.bigint() < end {}
        console.log("1 ms callback, 30 ms later: clearing the 5 ms timeout")
        clearTimeout(other)
    }
    other = setTimeout(5) { console.log("5 ms (should not run)") }
    setTimeout(10) { console.log("10 ms") }
}
