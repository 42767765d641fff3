import NodeLoop

let consoleTimeAndTimeEnd = Twin("console/time-and-time-end") {
    console.time("work")
    console.time()
    setTimeout(10) {
        console.timeLog("work", "halfway", 1)
        setTimeout(10) {
            console.timeEnd("work")
            console.timeEnd()
        }
    }
}
