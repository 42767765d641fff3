import NodeLoop

let onlineMessagesExitOrder = Twin("workers/online-messages-exit-order") {
    let worker = Worker(workerData: 40) {
        let data = workerThreads.workerData as? Int ?? 0
        workerThreads.parentPort?.postMessage(data + 1)
        workerThreads.parentPort?.postMessage(data + 2)
        workerThreads.parentPort?.postMessage(["worker", workerThreads.threadId, workerThreads.isMainThread] as [any Sendable])
        process.on(.exit) { code in workerThreads.parentPort?.postMessage("worker exit listener \(code)") }
    }
    worker.on(.online) { console.log("online") }
    worker.on(.message) { message in console.log("message", message) }
    worker.on(.exit) { code in console.log("exit", code) }
    console.log("main", workerThreads.threadId, workerThreads.isMainThread, worker.threadId)
}
