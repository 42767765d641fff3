import NodeLoop

let pipelineStages = Chapter(
    "patterns/5-pipeline-stages",
    title: "A pipeline with bounded buffers",
    lesson: "Twelve records through fetch (4 at a time), parse (2) and save (1), with at most 2 waiting in front of each stage: a full buffer holds back the stage before it, and results keep input order."
) {
    struct Record {
        let id: Int
        let total: Int
    }
    var active: [String: Int] = [:]
    var peaks: [String: Int] = [:]
    var saved = 0
    let ids = Array(1...12)
    func step<In, Out>(_ name: String, _ ms: Double, _ work: @escaping (In) throws -> Out) -> (In) -> Promise<Out> {
        { value in
            active[name, default: 0] += 1
            peaks[name] = max(peaks[name, default: 0], active[name, default: 0])
            return Promise.delay(ms).then { () throws -> Out in
                active[name, default: 0] -= 1
                return try work(value)
            }
        }
    }
    Pipeline(ids)
        .stage("fetch", concurrency: 4, step("fetch", 30) { (id: Int) in "{\"id\":\(id),\"total\":\(id * 7)}" })
        .stage("parse", concurrency: 2, step("parse", 45) { (json: String) throws -> Record in
            let numbers = json.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            guard numbers.count == 2 else { throw NodeError("bad record \(json)") }
            return Record(id: numbers[0], total: numbers[1])
        })
        .stage("save", concurrency: 1, step("save", 20) { (record: Record) -> String in
            saved += 1
            if saved % 4 == 0 { console.log("saved \(saved) of \(ids.count)") }
            return "#\(record.id)=\(record.total)"
        })
        .run(buffer: 2)
        .then { results in
            console.log("results in input order:", results.joined(separator: " "))
            console.log("most at once: fetch \(peaks["fetch", default: 0]), parse \(peaks["parse", default: 0]), save \(peaks["save", default: 0])")
        }
}
