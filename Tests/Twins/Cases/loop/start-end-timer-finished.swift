import NodeLoop

let startEndTimerFinished = Twin("loop/start-end-timer-finished") {
    console.log("Start")
    setTimeout(10) { console.log("Timer finished") }
    console.log("End")
}
