import NodeLoop

let exitInMicrotaskAfterScript = Twin("process/exit-in-microtask-after-script") {
    process.on(.exit) { code in console.log("exit", code) }
    setTimeout(0) { console.log("timer") }
    Promise.resolve().then { () throws -> Void in
        console.log("microtask")
        process.nextTick { console.log("tick") }
        try process.exit(5)
    }
    Promise.resolve().then { console.log("second microtask") }
    console.log("end of script")
}
