import NodeLoop

let mapLimitKeepsInputOrder = Twin("patterns/map-limit-keeps-input-order") {
    func wait(_ ms: Double, _ value: String, fails: Bool) -> Promise<String> {
        Promise { resolve, reject in
            setTimeout(ms) { if fails { reject(NodeError("\(value) failed")) } else { resolve(value) } }
        }
    }
    let log: (MapProgress) -> Void = { p in console.log("progress", p.completed, p.failed, p.total) }
    func texts(_ outcomes: [MapOutcome<String>]) -> [String] {
        outcomes.map { $0.value ?? (($0.error as? MapLimitError) == .notStarted ? "not started" : $0.error?.message ?? "") }
    }
    mapLimit([80.0, 20, 60, 40], concurrency: 2, options: MapLimitOptions(progress: log)) { ms, index in
        wait(ms, "item\(index)", fails: index == 2)
    }
    .then { outcomes -> Promise<[MapOutcome<String>]> in
        console.log(texts(outcomes))
        return mapLimit([20.0, 40, 60, 80], concurrency: 1, options: MapLimitOptions(stopOnFirstError: true, progress: log)) { ms, index in
            wait(ms, "next\(index)", fails: index == 1)
        }
    }
    .then { outcomes in console.log(texts(outcomes)) }
}
