import NodeLoop

let syncBeforeAsync = Twin("loop/sync-before-async") {
    console.log("script start")
    setTimeout(0) { console.log("timeout") }
    queueMicrotask { console.log("microtask") }
    process.nextTick { console.log("nextTick") }
    for i in 1...3 { console.log("sync step", i) }
    console.log("script end")
}
