import NodeLoop

let processExitCodeInWorker = Twin("workers/process-exit-code-in-worker") {
    let worker = Worker {
        process.on(.exit) { code in workerThreads.parentPort?.postMessage("worker exit listener \(code)") }
        workerThreads.parentPort?.postMessage("before exit")
        try process.exit(7)
    }
    worker.on(.message) { message in console.log("message", message) }
    worker.on(.exit) { code in
        console.log("exit", code)
        setTimeout(10) { console.log("parent still running") }
    }
}
