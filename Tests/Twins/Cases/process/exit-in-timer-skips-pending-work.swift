import NodeLoop

let exitInTimerSkipsPendingWork = Twin("process/exit-in-timer-skips-pending-work") {
    process.on(.exit) { code in console.log("exit", code) }
    let code: Int32 = 3
    setTimeout(1) {
        console.log("timer")
        process.nextTick { console.log("tick") }
        queueMicrotask { console.log("microtask") }
        setImmediate { console.log("immediate") }
        if code > 0 { try process.exit(code) }
        console.log("after exit")
    }
    setTimeout(1) { console.log("second timer") }
}
