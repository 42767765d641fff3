import NodeLoop

/// 10,000 round trips of a small message between the main thread and one worker, which echoes
/// each; the worker's start-up is not counted (the watch restarts at its first echo).
let workerPingPong = Workload(name: "worker-pingpong", ops: 10_000, metric: .wall) { ops, stopwatch in
    let worker = Worker {
        let port = workerThreads.parentPort
        _ = port?.on(.message) { message in port?.postMessage(message) }
    }
    var received = -1
    _ = worker.on(.message) { _ in
        received += 1
        if received == 0 { stopwatch.restart() }
        if received < ops {
            worker.postMessage(received)
        } else {
            stopwatch.stop()
            worker.terminate()
        }
    }
    worker.postMessage(-1)
}
