import NodeLoop

let atomicsWaitNotify = Twin("message-channels/atomics-wait-notify") {
    let cells = try SharedBuffer(count: 1)
    let worker = Worker(workerData: cells) {
        let cells = workerThreads.workerData as! SharedBuffer
        workerThreads.parentPort?.postMessage(try cells.wait(0, 0, timeout: 10_000).rawValue)
    }
    worker.on(.message) { message in console.log("worker:", message) }
    func poke() throws {
        let woken = try cells.notify(0, count: 1)
        if woken == 0 {
            setTimeout(1) { try poke() }
        } else {
            console.log("notified", woken)
        }
    }
    try poke()
}
