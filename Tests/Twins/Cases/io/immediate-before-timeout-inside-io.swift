import NodeLoop

let immediateBeforeTimeoutInsideIO = Twin("io/immediate-before-timeout-inside-io") {
    try fs.stat(".") { _, _ in
        setTimeout(0) { console.log("timeout") }
        setImmediate { console.log("immediate") }
        process.nextTick { console.log("nextTick") }
        console.log("stat callback")
    }
}
