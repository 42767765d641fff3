import NodeLoop

let plainValueReasonUncaughtWrapped = Twin("promises/plain-value-reason-uncaught-wrapped") {
    process.on(.uncaughtException) { error, origin in
        console.log((error as! NodeError).code!, origin)
        console.log(error.message)
    }
    _ = Promise<Int>.reject(ThrownValue(42))
}
