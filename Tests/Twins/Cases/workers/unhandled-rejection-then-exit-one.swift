import NodeLoop

let unhandledRejectionThenExitOne = Twin("workers/unhandled-rejection-then-exit-one") {
    let worker = Worker {
        Promise<Int>.reject(NodeError("nope"))
    }
    worker.on(.error) { error in console.log("error", error.name, error.message) }
    worker.on(.exit) { code in console.log("exit", code) }
}
