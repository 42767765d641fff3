/// Items flowing through stages, each stage with its own concurrency and a bounded buffer in
/// front of it: a stage whose buffer is full makes the stage before it wait (back-pressure), so
/// memory stays bounded however fast the source is.
///
/// ```swift
/// Pipeline(lines)
///     .stage("parse", concurrency: 4) { line in parse(line) }
///     .stage("store", concurrency: 2) { record in database.insert(record) }
///     .run(buffer: 8)
///     .then { ids in console.log(ids.count, "stored") }
/// ```
///
/// Results come out in input order. The first failure stops the pipeline: nothing new starts,
/// and the promise rejects with a ``PipelineError`` naming the stage.
///
/// A stage's transform runs on the loop and returns a promise (I/O); a CPU-bound stage uses
/// ``stage(_:concurrency:onThreadPool:)`` to run on the thread pool instead.
public struct Pipeline<Input, Output> {
    private let items: [Input]
    private let stages: [ErasedStage]

    /// A pipeline with no stages yet over `items`.
    public init(_ items: [Input]) where Output == Input {
        self.items = items
        stages = []
    }

    private init(items: [Input], stages: [ErasedStage]) {
        self.items = items
        self.stages = stages
    }

    /// Adds a stage that transforms each item, at most `concurrency` at once.
    public func stage<Next>(
        _ name: String, concurrency: Int = 1, _ transform: @escaping (Output) throws -> Promise<Next>
    ) -> Pipeline<Input, Next> {
        let erased = ErasedStage(name: name, concurrency: concurrency) { value in
            // Values reach a stage only from the stage before it, which produced `Output`.
            let input = value as! Output
            return try transform(input).then { $0 as Any }
        }
        return Pipeline<Input, Next>(items: items, stages: stages + [erased])
    }

    /// Runs the items through the stages, with at most `buffer` items waiting in front of each
    /// stage. A stage concurrency or a buffer below 1 rejects with `RangeError
    /// [ERR_OUT_OF_RANGE]` before anything starts.
    public func run(buffer: Int = 16) -> Promise<[Output]> {
        do {
            try ConcurrencyLimit.checkConcurrency(buffer, name: "buffer")
            for stage in stages { try ConcurrencyLimit.checkConcurrency(stage.concurrency) }
        } catch {
            return Promise.reject(error)
        }
        let (promise, resolve, reject) = Promise<[Output]>.withResolvers()
        let run = PipelineRun(items: items.map { $0 as Any }, stages: stages, buffer: buffer) { outcome in
            switch outcome {
            case .success(let values): resolve(values.map { $0 as! Output })
            case .failure(let error): reject(error)
            }
        }
        run.start()
        return promise
    }
}

/// The failure of a ``Pipeline``: which stage failed, on which item (its input index), and why.
public struct PipelineError: Error, NodeStyleError {
    /// The name of the stage that failed.
    public let stage: String
    /// The failed item's index in the input.
    public let index: Int
    /// The error the stage failed with.
    public let underlying: any Error

    public var name: String { "PipelineError" }
    public var message: String { "stage '\(stage)' failed on item \(index): \(underlying.message)" }
}

/// One stage with its type erased, so stages of different types can sit in one list.
struct ErasedStage {
    let name: String
    let concurrency: Int
    let transform: (Any) throws -> Promise<Any>
}

/// The moving parts of one `run`: a buffer, a count of running items and a finished item
/// waiting for room downstream, per stage.
private final class PipelineRun {
    private struct Item {
        let index: Int
        let value: Any
    }

    private struct StageState {
        var buffer: [Item] = []
        var running = 0
        /// Finished items that the next stage has no room for yet; they keep their slot.
        var blocked: [Item] = []
    }

    private let source: [Any]
    private let stages: [ErasedStage]
    private let capacity: Int
    private let finish: (Result<[Any], any Error>) -> Void
    private var states: [StageState]
    private var nextSourceIndex = 0
    private var results: [Any?]
    private var delivered = 0
    private var isOver = false

    init(items: [Any], stages: [ErasedStage], buffer: Int, finish: @escaping (Result<[Any], any Error>) -> Void) {
        source = items
        self.stages = stages
        capacity = buffer
        self.finish = finish
        states = Array(repeating: StageState(), count: stages.count)
        results = Array(repeating: nil, count: items.count)
    }

    func start() {
        if source.isEmpty {
            finish(.success([]))
            return
        }
        pump()
    }

    /// Moves everything that can move: blocked items into buffers with room, source items into
    /// the first buffer, buffered items into free slots.
    private func pump() {
        guard !isOver else { return }
        var moved = true
        while moved {
            moved = false
            for stage in stages.indices.reversed() where !states[stage].blocked.isEmpty {
                while let item = states[stage].blocked.first, accept(item, into: stage + 1) {
                    states[stage].blocked.removeFirst()
                    states[stage].running -= 1
                    moved = true
                }
            }
            while nextSourceIndex < source.count, accept(Item(index: nextSourceIndex, value: source[nextSourceIndex]), into: 0) {
                nextSourceIndex += 1
                moved = true
            }
            for stage in stages.indices {
                while states[stage].running < stages[stage].concurrency, !states[stage].buffer.isEmpty {
                    startItem(states[stage].buffer.removeFirst(), at: stage)
                    moved = true
                }
            }
        }
    }

    /// Puts `item` in front of stage `index` if it has room (past the last stage: into the results).
    private func accept(_ item: Item, into index: Int) -> Bool {
        guard index < stages.count else {
            results[item.index] = item.value
            delivered += 1
            if delivered == source.count {
                isOver = true
                finish(.success(results.map { $0 as Any }))
            }
            return true
        }
        guard states[index].buffer.count < capacity else { return false }
        states[index].buffer.append(item)
        return true
    }

    private func startItem(_ item: Item, at stage: Int) {
        states[stage].running += 1
        let started = Promise<Any>.attempt { try stages[stage].transform(item.value) }
        started.addReaction(
            "Pipeline.run",
            onFulfilled: { [self] value in
                guard !isOver else { return }
                states[stage].blocked.append(Item(index: item.index, value: value))
                pump()
            },
            onRejected: { [self] error in
                guard !isOver else { return }
                isOver = true
                finish(.failure(PipelineError(stage: stages[stage].name, index: item.index, underlying: error)))
            }
        )
    }
}
