import NodeLoop

let sharedCounterFourWorkers = Twin("message-channels/shared-counter-four-workers") {
    let counter = try SharedBuffer(count: 1)
    var exited = 0
    for _ in 0..<4 {
        let worker = Worker(workerData: counter) {
            let counter = workerThreads.workerData as! SharedBuffer
            for _ in 0..<10_000 { try counter.add(0, 1) }
        }
        worker.on(.exit) { _ in
            exited += 1
            if exited == 4 { console.log("total", try counter.load(0)) }
        }
    }
}
