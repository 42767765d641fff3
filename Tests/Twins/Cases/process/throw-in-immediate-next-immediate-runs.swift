import NodeLoop

let throwInImmediateNextImmediateRuns = Twin("process/throw-in-immediate-next-immediate-runs") {
    process.on(.uncaughtException) { error, _ in console.log("caught", error.message) }
    setImmediate {
        console.log("immediate 1")
        process.nextTick { console.log("tick from immediate 1") }
        throw NodeError("boom")
    }
    setImmediate { console.log("immediate 2") }
    setImmediate { console.log("immediate 3") }
}
