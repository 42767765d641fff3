import NodeLoop

let throwingMicrotaskRestStillRun = Twin("microtasks/throwing-microtask-rest-still-run") {
    process.on(.uncaughtException) { error, origin in console.log("caught", error.message, origin) }
    setTimeout(0) { console.log("timeout") }
    queueMicrotask { console.log("microtask 1") }
    queueMicrotask {
        console.log("microtask 2")
        throw NodeError("boom")
    }
    queueMicrotask { console.log("microtask 3") }
}
