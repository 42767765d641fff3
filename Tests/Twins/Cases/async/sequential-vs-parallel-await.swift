import NodeLoop

let sequentialVersusParallelAwait = Twin("async/sequential-vs-parallel-await") {
    func delay(_ ms: Double) -> Promise<Double> {
        Promise { resolve, _ in setTimeout(ms) { resolve(ms) } }
    }
    @discardableResult
    func main() -> Promise<Void> {
        Promise { () async throws in
            var start = performance.now()
            let first = try await delay(150).value
            let second = try await delay(250).value
            console.log("sequential", first, second, performance.now() - start >= 395)
            start = performance.now()
            let both = try await Promise.all([delay(250), delay(150)]).value
            let elapsed = performance.now() - start
            console.log("parallel", both, elapsed >= 245 && elapsed < 395)
        }
    }
    main()
}
