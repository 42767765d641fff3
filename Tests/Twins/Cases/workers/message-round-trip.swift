import NodeLoop

let messageRoundTrip = Twin("workers/message-round-trip") {
    let worker = Worker {
        guard let parentPort = workerThreads.parentPort else { return }
        parentPort.on(.message) { message in
            if message as? String == "done" {
                parentPort.postMessage("bye")
                parentPort.close()
            } else {
                parentPort.postMessage((message as? Int ?? 0) * 10)
            }
        }
    }
    for n in [1, 2, 3] { worker.postMessage(n) }
    worker.postMessage("done")
    worker.on(.message) { message in console.log("parent got", message) }
    worker.on(.exit) { code in console.log("exit", code) }
}
