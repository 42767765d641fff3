import NodeLoop

let twoWorkersThroughChannel = Twin("message-channels/two-workers-through-channel") {
    let channel = MessageChannel()
    _ = Worker(workerData: try channel.port1.transfer()) {
        let port = try MessagePort(receiving: workerThreads.workerData as! TransferablePort)
        for n in 1...100 { port.postMessage(n) }
        port.postMessage("done")
    }
    let summer = Worker(workerData: try channel.port2.transfer()) {
        let port = try MessagePort(receiving: workerThreads.workerData as! TransferablePort)
        var sum = 0
        port.on(.message) { message in
            if let n = message as? Int {
                sum += n
            } else {
                workerThreads.parentPort?.postMessage(sum)
                port.close()
            }
        }
    }
    summer.on(.message) { message in console.log("sum", message) }
}
