import NodeLoop

let limitRunsTwoAtATime = Twin("patterns/limit-runs-two-at-a-time") {
    let run = try ConcurrencyLimit(2)
    func task(_ name: String, _ ms: Double, fails: Bool = false) -> () -> Promise<String> {
        {
            console.log("start", name, "active", run.activeCount)
            return Promise { resolve, reject in
                setTimeout(ms) {
                    console.log("end", name)
                    if fails { reject(NodeError("\(name) failed")) } else { resolve(name) }
                }
            }
        }
    }
    let results = [run(task("A", 120)), run(task("B", 40)), run(task("C", 40, fails: true)), run(task("D", 80))]
    console.log("queued", run.pendingCount, "active", run.activeCount)
    Promise.allSettled(results).then { outcomes in
        console.log(outcomes.map { outcome -> String in
            switch outcome {
            case .fulfilled(let value): return value
            case .rejected(let error): return error.message
            }
        })
    }
}
