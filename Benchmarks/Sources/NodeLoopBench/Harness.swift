import NodeLoop
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The measuring side of every workload, the same in the three implementations (Swift here,
// ../../node/bench.js, ../../c/bench.c): a warm-up run with a tenth of the operations, then the
// measured run, then one result line that run.py reads.

/// How a run's time becomes nanoseconds per operation.
enum Metric {
    /// Wall-clock time from the start to the last completion.
    case wall
    /// Wall-clock time less a wait the workload must sit out (a timer's delay, in ms).
    case wallMinus(milliseconds: Double)
    /// CPU time (user + system) of the whole process: for workloads that mostly wait.
    case cpu
}

/// One workload: how many operations it runs and how to start them on the current loop.
struct Workload {
    let name: String
    /// The operations of the measured run: the definition's count divided by
    /// NODELOOP_BENCH_SCALE (`make bench-quick` runs smaller workloads), at least one.
    let ops: Int
    let metric: Metric
    /// Starts `ops` operations on the current loop; the workload calls `stopwatch.stop()` after
    /// the last one completes.
    let start: @Sendable (_ ops: Int, _ stopwatch: Stopwatch) -> Void

    init(name: String, ops: Int, metric: Metric, start: @escaping @Sendable (_ ops: Int, _ stopwatch: Stopwatch) -> Void) {
        self.name = name
        self.ops = max(1, ops / Workload.scale)
        self.metric = metric
        self.start = start
    }

    private static let scale = getenv("NODELOOP_BENCH_SCALE").flatMap { Int(String(cString: $0)) }.map { max(1, $0) } ?? 1
}

/// Times one run. A workload whose setup should not count (a worker starting) calls `restart()`.
final class Stopwatch {
    private let metric: Metric
    private let ops: Int
    private let report: (Double) -> Void
    private var wallStart = 0.0
    private var cpuStart = 0.0

    init(metric: Metric, ops: Int, report: @escaping (Double) -> Void) {
        self.metric = metric
        self.ops = ops
        self.report = report
        restart()
    }

    /// Starts timing again from now.
    func restart() {
        wallStart = Stopwatch.wallNanoseconds()
        cpuStart = Stopwatch.cpuNanoseconds()
    }

    /// Ends the run and reports its nanoseconds per operation.
    func stop() {
        let elapsed: Double
        switch metric {
        case .wall: elapsed = Stopwatch.wallNanoseconds() - wallStart
        case .wallMinus(let milliseconds): elapsed = Stopwatch.wallNanoseconds() - wallStart - milliseconds * 1e6
        case .cpu: elapsed = Stopwatch.cpuNanoseconds() - cpuStart
        }
        report(elapsed / Double(ops))
    }

    #if os(Linux)
    private static let ownProcess = __rusage_who_t(RUSAGE_SELF.rawValue)
    #else
    private static let ownProcess = RUSAGE_SELF
    #endif

    static func wallNanoseconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) * 1e9 + Double(time.tv_nsec)
    }

    static func cpuNanoseconds() -> Double {
        var usage = rusage()
        getrusage(Stopwatch.ownProcess, &usage)
        let user = Double(usage.ru_utime.tv_sec) * 1e9 + Double(usage.ru_utime.tv_usec) * 1e3
        let system = Double(usage.ru_stime.tv_sec) * 1e9 + Double(usage.ru_stime.tv_usec) * 1e3
        return user + system
    }

    /// The process's peak resident set size so far, in KiB: Linux's VmHWM, since `ru_maxrss`
    /// keeps the parent's figure across fork and exec (a Python runner's 16 MiB would show).
    static func peakResidentKiB() -> Int {
        if let status = fopen("/proc/self/status", "r") {
            defer { fclose(status) }
            var line = [CChar](repeating: 0, count: 256)
            while fgets(&line, Int32(line.count), status) != nil {
                let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                if text.hasPrefix("VmHWM:"), let kib = Int(text.dropFirst(6).filter(\.isNumber)) { return kib }
            }
        }
        var usage = rusage()
        getrusage(Stopwatch.ownProcess, &usage)
        return Int(usage.ru_maxrss)
    }
}

/// Runs `workload` with a tenth of its operations (warm-up), then with all of them, each run
/// starting from a fresh immediate; gives the measured run's ns per operation.
func warmThenMeasure(_ workload: Workload, then report: @escaping (Double) -> Void) {
    let warmUpOps = max(1, workload.ops / 10)
    workload.start(warmUpOps, Stopwatch(metric: workload.metric, ops: warmUpOps) { _ in
        _ = setImmediate {
            workload.start(workload.ops, Stopwatch(metric: workload.metric, ops: workload.ops, report: report))
        }
    })
}

/// The result line run.py parses: `bench impl=nodeloop workload=<name> ns_per_op=<x> ops=<n>
/// peak_rss_kib=<k>`, plus any extra `key=value` fields.
func printResult(_ workload: Workload, nanosecondsPerOp: Double, extra: String = "") {
    let fields = "bench impl=nodeloop workload=\(workload.name) ns_per_op=\(formatted(nanosecondsPerOp)) ops=\(workload.ops) peak_rss_kib=\(Stopwatch.peakResidentKiB())"
    print(extra.isEmpty ? fields : fields + " " + extra)
}

/// `value` with two decimals.
func formatted(_ value: Double) -> String {
    let hundredths = Int((abs(value) * 100).rounded())
    let fraction = hundredths % 100
    return "\(value < 0 ? "-" : "")\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
}
