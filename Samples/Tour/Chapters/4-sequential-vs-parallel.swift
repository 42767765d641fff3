import NodeLoop

let sequentialVersusParallel = Chapter(
    "4-sequential-vs-parallel",
    title: "Sequential against parallel waiting",
    lesson: "Waiting for one timer and then the other takes the sum of the delays; starting both at once takes only the longest."
) {
    func wait(_ ms: Double, _ label: String, _ done: @escaping () -> Void) {
        setTimeout(ms) { console.log("  \(label) done"); done() }
    }
    let sequentialStart = performance.now()
    console.log("sequential:")
    wait(50, "first (50 ms)") {
        wait(100, "second (100 ms)") {
            console.log("  total about the sum of 150 ms:", performance.now() - sequentialStart >= 145)
            let parallelStart = performance.now()
            var pending = 2
            let finished = {
                pending -= 1
                if pending > 0 { return }
                let total = performance.now() - parallelStart
                console.log("  total about the longest, 100 ms:", total >= 95)
                console.log("  total < 150 ms (less than the sum):", total < 150)
            }
            console.log("parallel:")
            wait(100, "slow (100 ms)", finished)
            wait(50, "fast (50 ms)", finished)
        }
    }
}
