import NodeLoop

let asyncThrowRejects = Twin("async/async-throw-rejects") {
    func delay(_ ms: Double, _ value: String) -> Promise<String> {
        Promise { resolve, _ in setTimeout(ms) { resolve(value) } }
    }
    func job(_ name: String) -> Promise<Int> {
        Promise { () async throws -> Int in
            console.log(name, "start")
            let value = try await delay(10, name + " value").value
            console.log(name, "got", value)
            if name == "b" { throw NodeError(name + " failed") }
            return value.count
        }
    }
    job("a").then { length in console.log("a length", length) }
    job("b").catch { error in console.log("b rejected", error.message) }
    setTimeout(10) { console.log("timer after") }
}
