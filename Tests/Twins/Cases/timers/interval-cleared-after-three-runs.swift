import NodeLoop

let intervalClearedAfterThreeRuns = Twin("timers/interval-cleared-after-three-runs") {
    process.on(.exit) { code in console.log("exit", code) }
    var runs = 0
    var interval: Timeout?
    interval = setInterval(10) {
        runs += 1
        console.log("interval run", runs)
        if runs == 3 {
            clearInterval(interval)
            console.log("cleared")
        }
    }
}
