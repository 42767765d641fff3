import NodeLoop

let portTransferredToWorker = Twin("message-channels/port-transferred-to-worker") {
    let channel = MessageChannel()
    let port1 = channel.port1
    port1.postMessage(1)
    port1.postMessage(2)
    port1.on(.message) { message in
        console.log("parent got", message)
        if message as? Int == 20 { port1.close() }
    }
    let worker = Worker(workerData: try channel.port2.transfer()) {
        let port = try MessagePort(receiving: workerThreads.workerData as! TransferablePort)
        port.on(.message) { n in port.postMessage((n as? Int ?? 0) * 10) }
    }
    worker.on(.exit) { code in console.log("exit", code) }
}
