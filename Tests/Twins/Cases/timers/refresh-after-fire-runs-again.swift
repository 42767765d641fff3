import NodeLoop

let refreshAfterFireRunsAgain = Twin("timers/refresh-after-fire-runs-again") {
    var runs = 0
    let timeout = setTimeout(10) {
        runs += 1
        console.log("timeout run", runs)
    }
    setTimeout(40) {
        console.log("refreshing the fired timeout")
        timeout.refresh()
    }
}
