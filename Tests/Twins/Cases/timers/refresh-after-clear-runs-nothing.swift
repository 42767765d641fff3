import NodeLoop

let refreshAfterClearRunsNothing = Twin("timers/refresh-after-clear-runs-nothing") {
    process.on(.exit) { code in console.log("exit", code) }
    let fired = setTimeout(60) { console.log("fired timeout runs") }
    setTimeout(80) {
        clearTimeout(fired)
        fired.refresh()
        console.log("cleared and refreshed; hasRef", fired.hasRef())
        setTimeout(30) { console.log("unref timeout runs while the refreshed one is pending") }.unref()
    }
    var interval: Timeout?
    interval = setInterval(10) {
        console.log("interval runs")
        clearInterval(interval)
        interval?.refresh()
    }
}
