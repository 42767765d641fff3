import NodeLoop
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// nodeloop-bench <workload>: runs one workload on NodeLoop (warm-up, then the measured run) and
// prints its result line. The workloads' definitions: ../../../docs/benchmarks.md.

let workloads = [
    immediateBreadth, immediateDepth, nextTickDepth, promiseChain, promiseBreadth, promiseAll,
    timersBreadth, timersRandom, threadPoolStat, threadPoolWork, readFileSmall, readFileBig,
    workerPingPong, awaitLoop, tcpEcho1, tcpEcho64, tcpBulk, httpParsePipelined, httpParsePieces,
]

let name = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : ""
guard let workload = workloads.first(where: { $0.name == name }) else {
    print("usage: nodeloop-bench <workload>; workloads: \(workloads.map(\.name).joined(separator: " "))")
    exit(2)
}

EventLoop.runMain {
    if workload.name == awaitLoop.name {
        // The floor is measured in the same process, just before the workload.
        warmThenMeasure(awaitFloor) { floor in
            _ = setImmediate {
                warmThenMeasure(awaitLoop) { perOp in
                    printResult(awaitLoop, nanosecondsPerOp: perOp, extra: "floor_ns_per_op=\(formatted(floor))")
                }
            }
        }
    } else {
        warmThenMeasure(workload) { perOp in printResult(workload, nanosecondsPerOp: perOp) }
    }
}
