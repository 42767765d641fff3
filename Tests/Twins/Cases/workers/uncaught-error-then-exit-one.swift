import NodeLoop

let uncaughtErrorThenExitOne = Twin("workers/uncaught-error-then-exit-one") {
    let worker = Worker {
        setTimeout(10) { throw NodeError("boom") }
    }
    worker.on(.error) { error in console.log("error", error.name, error.message) }
    worker.on(.exit) { code in
        console.log("exit", code)
        setTimeout(10) { console.log("parent still running") }
    }
}
