import NodeLoop
import SampleSupport

// A queue of 40 jobs of varying size through a WorkerPool of 4 threads: each job counts the
// primes below its own limit. A line per finished job (in the order they finish), then a summary
// with the pool's utilization figures.
//
// Node's twin: Node/worker-pool-queue.js, with a tiny hand-written pool on worker_threads (run by
// hand; the finishing order and timings differ, the counts must not).

let jobCount = 40
let threads = 4

/// Job `n`'s limit: a mix of small and large jobs, so that the queue drains unevenly.
func limit(ofJob job: Int) -> Int {
    20_000 + (job * 7_919 % 13) * 30_000
}

EventLoop.runMain {
    let pool = WorkerPool<Int, Int>(threads: threads, maxQueue: jobCount) { limit in countPrimes(in: 0..<limit) }
    console.log("\(jobCount) jobs through a pool of \(pool.threads) workers.")
    let start = performance.now()
    var done = 0
    let jobs = (0..<jobCount).map { job in
        pool.run(limit(ofJob: job)).then { count -> Int in
            done += 1
            console.log("\(done)/\(jobCount) done: job \(job) found \(count) primes below \(limit(ofJob: job))")
            return count
        }
    }
    Promise.all(jobs).then { counts in
        let elapsed = Int((performance.now() - start).rounded())
        console.log("All \(jobCount) jobs: \(counts.reduce(0, +)) primes in total, in \(elapsed) ms.")
        console.log("Pool: completed \(pool.completed), queued \(pool.queued), running \(pool.running), threads \(pool.threads), mean wait \(Int(pool.meanWait.rounded())) ms.")
        pool.close().then { console.log("Pool closed.") }
    }
}
