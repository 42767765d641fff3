import NodeLoop

// Workloads of the loop's own queues: immediates, nextTick, timers.

/// 1,000,000 `setImmediate` queued at once, each counting.
let immediateBreadth = Workload(name: "immediate-breadth", ops: 1_000_000, metric: .wall) { ops, stopwatch in
    // One callback for all, as the JS twin has: a closure literal in the loop would allocate
    // its context at every iteration.
    var count = 0
    let counted: () throws -> Void = {
        count += 1
        if count == ops { stopwatch.stop() }
    }
    for _ in 0..<ops { _ = setImmediate(counted) }
}

/// Each `setImmediate` callback schedules the next, 1,000,000 in all: one loop turn each.
let immediateDepth = Workload(name: "immediate-depth", ops: 1_000_000, metric: .wall) { ops, stopwatch in
    // One closure for the whole chain, as the JS twin passes one function: a local function
    // used as a value would allocate its context at every use.
    var count = 0
    var step: (() throws -> Void)?
    step = {
        count += 1
        if count < ops, let step { _ = setImmediate(step) } else { stopwatch.stop(); step = nil }
    }
    if let step { _ = setImmediate(step) }
}

/// Each `process.nextTick` callback queues the next, 1,000,000 in all, in one drain.
let nextTickDepth = Workload(name: "nexttick-depth", ops: 1_000_000, metric: .wall) { ops, stopwatch in
    var count = 0
    var step: (() throws -> Void)?
    step = {
        count += 1
        if count < ops, let step { process.nextTick(step) } else { stopwatch.stop(); step = nil }
    }
    if let step { process.nextTick(step) }
}

/// 500,000 `setTimeout(f, 1)` at once; the 1 ms every timer must wait is not counted.
let timersBreadth = Workload(name: "timers-breadth", ops: 500_000, metric: .wallMinus(milliseconds: 1)) { ops, stopwatch in
    var count = 0
    let counted: () throws -> Void = {
        count += 1
        if count == ops { stopwatch.stop() }
    }
    for _ in 0..<ops { _ = setTimeout(1, counted) }
}

/// 200,000 timers with delays drawn from a seeded xorshift32 in [1, 100] ms; CPU time, since
/// the run mostly waits.
let timersRandom = Workload(name: "timers-random", ops: 200_000, metric: .cpu) { ops, stopwatch in
    var count = 0
    var random = XorShift32(seed: 42)
    let counted: () throws -> Void = {
        count += 1
        if count == ops { stopwatch.stop() }
    }
    for _ in 0..<ops { _ = setTimeout(Double(1 + random.next() % 100), counted) }
}

/// The generator the three implementations share, so they draw the same delays.
struct XorShift32 {
    private var state: UInt32

    init(seed: UInt32) { state = seed }

    mutating func next() -> UInt32 {
        state ^= state << 13
        state ^= state >> 17
        state ^= state << 5
        return state
    }
}
