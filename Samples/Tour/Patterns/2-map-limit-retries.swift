import NodeLoop

let mapLimitRetries = Chapter(
    "patterns/2-map-limit-retries",
    title: "mapLimit with retries and progress (p-map, p-retry)",
    lesson: "Two calls at a time, each retried twice after 50 ms and then 100 ms; a call that keeps failing ends as a failure at its own index without holding back the rest."
) {
    // How each call behaves: its time per attempt, and how many attempts fail before one succeeds.
    let calls: [(name: String, ms: Double, failures: Int)] = [
        ("users", 140, 0), ("orders", 80, 1), ("invoices", 260, 0),
        ("refunds", 100, 5), ("stock", 120, 0), ("prices", 80, 2),
    ]
    var attempts: [String: Int] = [:]
    let options = MapLimitOptions(
        retry: RetryOptions(retries: 2, factor: 2, minTimeout: 50),
        progress: { progress in
            console.log("progress \(progress.completed + progress.failed)/\(progress.total) (\(progress.failed) failed)")
        }
    )
    mapLimit(calls, concurrency: 2, options: options) { call, _ -> Promise<String> in
        let attempt = attempts[call.name, default: 0] + 1
        attempts[call.name] = attempt
        return Promise.delay(call.ms).then { () throws -> String in
            if attempt <= call.failures {
                console.log("  \(call.name): attempt \(attempt) failed")
                throw NodeError("\(call.name) unavailable")
            }
            return "\(call.name) ok"
        }
    }.then { outcomes in
        for (index, call) in calls.enumerated() {
            let result = outcomes[index].value ?? "failed: \(outcomes[index].error?.message ?? "")"
            console.log("\(index) \(call.name): \(result) after \(attempts[call.name, default: 0]) attempt(s)")
        }
    }
}
