import NodeLoop

let unrefTimeoutAloneDoesNotKeepAlive = Twin("timers/unref-timeout-alone-exits") {
    process.on(.exit) { code in console.log("exit", code) }
    setTimeout(20) { console.log("unref timeout (should not run)") }.unref()
    console.log("script end")
}
