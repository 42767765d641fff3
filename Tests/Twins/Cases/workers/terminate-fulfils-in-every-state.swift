import NodeLoop

let terminateFulfilsInEveryState = Twin("workers/terminate-fulfils-in-every-state") {
    let running = Worker {
        setInterval(1_000) {}
        workerThreads.parentPort?.postMessage("ready")
    }
    running.on(.message) { _ in
        running.terminate().then { code in console.log("running: first terminate", code) }
        running.terminate().then { code in console.log("running: second terminate", code) }
    }
    running.on(.exit) { code in
        console.log("running: exit", code)
        running.terminate().then { code in console.log("running: terminate in exit listener", code) }
        let finished = Worker { try process.exit(3) }
        finished.on(.exit) { code in
            console.log("finished: exit", code)
            setTimeout(1) { finished.terminate().then { code in console.log("finished: terminate later", code) } }
        }
    }
}
