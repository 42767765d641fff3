import NodeLoop
import SampleSupport

// CPU-bound work on the loop against the same work on libuv's thread pool.
//
// A 10 ms interval stands for everything else a server's loop does. Counting primes on the loop
// blocks it: the interval cannot run until the count is over. Counting the same chunks with
// `threadPool.run` leaves the loop free: the interval keeps ticking while the pool's threads
// count, and the chunks run side by side.

let limit = 3_000_000
let chunkCount = 8

let chunks: [Range<Int>] = (0..<chunkCount).map { index in
    (limit * index / chunkCount)..<(limit * (index + 1) / chunkCount)
}

func milliseconds(since start: Double) -> String {
    String(Int((performance.now() - start).rounded()))
}

EventLoop.runMain {
    var ticks = 0
    let ticker = setInterval(10) { ticks += 1 }
    console.log("Counting the primes below \(limit) in \(chunkCount) chunks; a 10 ms interval keeps ticking on the loop.")

    setTimeout(20) {
        ticks = 0
        let start = performance.now()
        let inline = chunks.map(countPrimes(in:)).reduce(0, +)
        console.log("On the loop:        \(inline) primes in \(milliseconds(since: start)) ms; the interval ran \(ticks) times meanwhile.")

        setTimeout(20) {
            ticks = 0
            let start = performance.now()
            Promise.all(chunks.map { range in threadPool.run { countPrimes(in: range) } }).then { counts in
                let pooled = counts.reduce(0, +)
                console.log("On the thread pool: \(pooled) primes in \(milliseconds(since: start)) ms; the interval ran \(ticks) times meanwhile (\(threadPool.size) pool threads).")
                console.log(pooled == inline ? "Both counts agree." : "The counts differ!")
                clearInterval(ticker)
            }
        }
    }
}
