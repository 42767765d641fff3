import NodeLoop

let terminateResolvesWithOne = Twin("workers/terminate-resolves-with-one") {
    let worker = Worker {
        process.on(.exit) { _ in workerThreads.parentPort?.postMessage("worker exit listener") }
        setInterval(1_000) {}
        workerThreads.parentPort?.postMessage("ready")
    }
    worker.on(.message) { message in
        console.log("message", message)
        worker.terminate().then { code in console.log("terminate fulfilled", code) }
    }
    worker.on(.exit) { code in console.log("exit", code) }
}
