import NodeLoop

let durationDelayOrdersLikeMilliseconds = Twin("timers/duration-delay-orders-like-milliseconds") {
    setTimeout(100) { console.log("100 ms") }
    setTimeout(10) { console.log("10 ms, first") }
    setTimeout(.milliseconds(10)) { console.log("10 ms as Duration, second") }
    setTimeout(.zero) { console.log("zero Duration") }
    setTimeout(10) { console.log("10 ms, third") }
}
