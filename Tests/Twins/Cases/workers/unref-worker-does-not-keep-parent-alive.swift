import NodeLoop

let unrefWorkerDoesNotKeepParentAlive = Twin("workers/unref-worker-does-not-keep-parent-alive") {
    let worker = Worker {
        setInterval(1_000) {}
        workerThreads.parentPort?.postMessage("running")
    }
    worker.on(.message) { message in
        console.log("message", message)
        worker.unref()
    }
    process.on(.exit) { code in console.log("parent exit", code) }
}
