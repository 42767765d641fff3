import NodeLoop

// Three child processes run one after another, then all at once.
//
// Each child sleeps and then prints a line. A child's sleep costs the parent nothing: the loop
// waits for the child's exit and output like any other I/O. Awaited one after another, the
// sleeps add up; started together and awaited with `Promise.all`, they overlap, and the whole
// takes about as long as the longest. Run it beside the JS twin in Node/three-processes.js
// (`node Samples/ThreeProcesses/Node/three-processes.js`): the lines are the same, the timings
// are the machine's.

/// Each child's name and how many seconds it sleeps.
let jobs = [("alpha", "0.3"), ("beta", "0.5"), ("gamma", "0.2")]

/// Runs one child through `/bin/sh` and fulfils with the line it printed.
func run(_ job: (name: String, seconds: String)) -> Promise<String> {
    childProcess.exec("sleep \(job.seconds); echo \(job.name) slept \(job.seconds) s").then { output in
        String(output.stdout.split(separator: "\n").first ?? "")
    }
}

func oneDecimal(_ value: Double) -> String {
    String((value * 10).rounded() / 10)
}

EventLoop.runMain {
    console.log("three children sleeping \(jobs.map { $0.1 }.joined(separator: ", ")) seconds")
    _ = Promise { () async throws in
        var start = performance.now()
        for job in jobs {
            console.log("sequential:", try await run(job).value)
        }
        let sequential = performance.now() - start
        console.log("sequential: \(oneDecimal(sequential)) ms")

        start = performance.now()
        let lines = try await Promise.all(jobs.map(run)).value
        let parallel = performance.now() - start
        for line in lines {
            console.log("parallel:", line)
        }
        console.log("parallel:   \(oneDecimal(parallel)) ms")
        console.log("speed-up: \(oneDecimal(sequential / parallel))x")
    }
}
