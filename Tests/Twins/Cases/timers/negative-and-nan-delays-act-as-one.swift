import NodeLoop

let negativeAndNaNDelaysActAsOne = Twin("timers/negative-and-nan-delays-act-as-one") {
    setTimeout(20) { console.log("20 ms") }
    setTimeout(1) { console.log("1 ms") }
    setTimeout(-5) { console.log("-5 ms") }
    setTimeout(.nan) { console.log("NaN ms") }
    setTimeout(1) { console.log("1 ms, last") }
}
