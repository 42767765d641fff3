import NodeLoop

let plainValueReasonToListener = Twin("promises/plain-value-reason-to-listener") {
    process.on(.unhandledRejection) { reason, _ in console.log("unhandledRejection", reason) }
    process.on(.exit) { code in console.log("exit", code) }
    _ = Promise<Int>.reject(ThrownValue(42))
}
