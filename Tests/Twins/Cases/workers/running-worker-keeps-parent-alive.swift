import NodeLoop

let runningWorkerKeepsParentAlive = Twin("workers/running-worker-keeps-parent-alive") {
    let worker = Worker {
        setTimeout(50) { workerThreads.parentPort?.postMessage("done after 50 ms") }
    }
    worker.on(.message) { message in console.log("message", message) }
    worker.on(.exit) { code in console.log("worker exit", code) }
    process.on(.beforeExit) { _ in console.log("parent beforeExit") }
    process.on(.exit) { code in console.log("parent exit", code) }
}
