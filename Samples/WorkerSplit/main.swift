import NodeLoop
import SampleSupport

// One large computation split among workers: the primes below a limit counted on the loop's own
// thread, then by N workers, each counting one slice and posting its partial count back.
//
//     nodeloop-worker-split [workers] [limit]      (default: 4 workers, 5,000,000)
//
// Node's twin: Node/worker-split.js (run by hand; timings differ, the counts must not).

let arguments = CommandLine.arguments
let workerCount = arguments.count > 1 ? max(1, Int(arguments[1]) ?? 4) : 4
let limit = arguments.count > 2 ? max(2, Int(arguments[2]) ?? 5_000_000) : 5_000_000

func milliseconds(since start: Double) -> Int {
    Int((performance.now() - start).rounded())
}

EventLoop.runMain {
    console.log("Counting the primes below \(limit): on one thread, then split among \(workerCount) workers.")

    let singleStart = performance.now()
    let single = countPrimes(in: 0..<limit)
    let singleTime = milliseconds(since: singleStart)
    console.log("One thread: \(single) primes in \(singleTime) ms")

    let splitStart = performance.now()
    var partials = Array(repeating: 0, count: workerCount)
    var running = workerCount
    for index in 0..<workerCount {
        let bounds = [limit * index / workerCount, limit * (index + 1) / workerCount]
        let worker = Worker(workerData: bounds) {
            let bounds = workerThreads.workerData as? [Int] ?? [0, 0]
            workerThreads.parentPort?.postMessage(countPrimes(in: bounds[0]..<bounds[1]))
        }
        worker.on(.message) { message in partials[index] = message as? Int ?? 0 }
        worker.on(.exit) { _ in
            running -= 1
            guard running == 0 else { return }
            let total = partials.reduce(0, +)
            let splitTime = milliseconds(since: splitStart)
            console.log("\(workerCount) workers: \(total) primes in \(splitTime) ms (slices: \(partials.map(String.init).joined(separator: ", ")))")
            console.log(total == single ? "Both totals agree." : "The totals differ!")
            if splitTime > 0 {
                let speedup = (Double(singleTime) / Double(splitTime) * 10).rounded() / 10
                console.log("Speed-up: \(speedup)x")
            }
        }
    }
}
