import NodeLoop

// Workloads of promise reactions and combinators.

/// 1,000,000 `.then` chained on one resolved promise.
let promiseChain = Workload(name: "promise-chain", ops: 1_000_000, metric: .wall) { ops, stopwatch in
    var promise = Promise.resolve(0)
    for _ in 0..<ops {
        promise = promise.then { $0 + 1 }
    }
    promise.then { _ in stopwatch.stop() }
}

/// 1,000,000 `Promise.resolve().then(f)` at once, each counting.
let promiseBreadth = Workload(name: "promise-breadth", ops: 1_000_000, metric: .wall) { ops, stopwatch in
    var count = 0
    let counted: () throws -> Void = {
        count += 1
        if count == ops { stopwatch.stop() }
    }
    for _ in 0..<ops { Promise.resolve().then(counted) }
}

/// `Promise.all` over 100,000 resolved promises; per element.
let promiseAll = Workload(name: "promise-all", ops: 100_000, metric: .wall) { ops, stopwatch in
    var promises: [Promise<Int>] = []
    promises.reserveCapacity(ops)
    for index in 0..<ops { promises.append(Promise.resolve(index)) }
    Promise.all(promises).then { _ in stopwatch.stop() }
}

/// One async function on the loop awaiting 1,000,000 resolved promises.
let awaitLoop = Workload(name: "await-loop", ops: 1_000_000, metric: .wall) { ops, stopwatch in
    Promise { () async throws -> Void in
        for index in 0..<ops { _ = try await Promise.resolve(index).value }
    }.then { stopwatch.stop() }
}

/// await-loop's floor: the same function awaiting a bare continuation that a microtask resumes,
/// with no promise between them (what Swift's runtime costs a suspension on this loop).
let awaitFloor = Workload(name: "await-floor", ops: 1_000_000, metric: .wall) { ops, stopwatch in
    Promise { () async throws -> Void in
        for _ in 0..<ops {
            await withUnsafeContinuation { (continuation: UnsafeContinuation<Void, Never>) in
                queueMicrotask { continuation.resume() }
            }
        }
    }.then { stopwatch.stop() }
}
