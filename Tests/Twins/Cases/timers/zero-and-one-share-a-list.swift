import NodeLoop

let zeroAndOneShareAList = Twin("timers/zero-and-one-share-a-list") {
    setTimeout(1) { console.log("1 ms, created first") }
    setTimeout(0) { console.log("0 ms, created second") }
    setTimeout(1) { console.log("1 ms, created third") }
    setTimeout(0) { console.log("0 ms, created fourth") }
}
