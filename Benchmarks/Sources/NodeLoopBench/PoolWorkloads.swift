import NodeLoop
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Workloads of libuv's thread pool: file-system requests and plain work. Their files are made
// by run.py in the data directory (NODELOOP_BENCH_DATA, default /tmp/nodeloop-bench).

let dataDirectory = getenv("NODELOOP_BENCH_DATA").map { String(cString: $0) } ?? "/tmp/nodeloop-bench"

/// Runs `ops` operations with at most `limit` in flight: `issue(index, completed)` starts
/// operation `index` and calls `completed` when it is over; the last completion stops the watch.
func keepInFlight(
    _ ops: Int, limit: Int, stopwatch: Stopwatch, issue: @escaping (_ index: Int, _ completed: @escaping () -> Void) -> Void
) {
    var issued = 0
    var completed = 0
    func next() {
        let index = issued
        issued += 1
        issue(index) {
            completed += 1
            if completed == ops { stopwatch.stop() } else if issued < ops { next() }
        }
    }
    for _ in 0..<min(limit, ops) { next() }
}

/// A failure the benchmark cannot go on from: says what failed and ends the process.
func fail(_ message: String) -> Never {
    print("nodeloop-bench: \(message)")
    exit(1)
}

/// 100,000 `fs.stat` of one file, 64 in flight.
let threadPoolStat = Workload(name: "threadpool-stat", ops: 100_000, metric: .wall) { ops, stopwatch in
    let path = dataDirectory + "/stat-target"
    keepInFlight(ops, limit: 64, stopwatch: stopwatch) { _, completed in
        do {
            try fs.stat(path) { error, _ in
                if let error { fail("stat: \(error)") }
                completed()
            }
        } catch {
            fail("stat: \(error)")
        }
    }
}

/// 100,000 empty work items through the pool, 64 in flight.
let threadPoolWork = Workload(name: "threadpool-work", ops: 100_000, metric: .wall) { ops, stopwatch in
    keepInFlight(ops, limit: 64, stopwatch: stopwatch) { _, completed in
        threadPool.run({}) { _, _ in completed() }
    }
}

/// 1,000 files of 4 KiB read whole with `fs.readFile`, 64 in flight; per file.
let readFileSmall = Workload(name: "readfile-small", ops: 1_000, metric: .wall) { ops, stopwatch in
    keepInFlight(ops, limit: 64, stopwatch: stopwatch) { index, completed in
        readWhole(dataDirectory + "/small/\(index % 1_000)", completed)
    }
}

/// One 64 MiB file read whole with `fs.readFile`.
let readFileBig = Workload(name: "readfile-big", ops: 1, metric: .wall) { _, stopwatch in
    readWhole(dataDirectory + "/big") { stopwatch.stop() }
}

/// `fs.readFile(path)`, ending the process on an error.
func readWhole(_ path: String, _ completed: @escaping () -> Void) {
    do {
        try fs.readFile(path) { error, buffer in
            guard error == nil, buffer != nil else { fail("readFile \(path): \(String(describing: error))") }
            completed()
        }
    } catch {
        fail("readFile \(path): \(error)")
    }
}
