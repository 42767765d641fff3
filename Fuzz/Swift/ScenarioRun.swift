import NodeLoop

/// Runs one scenario over NodeLoop and records its trace, as Fuzz/JS/interpret.js does in Node:
/// the two are the same interpreter, line for line, so keep them alike.
///
/// Loop-confined: it lives on the thread of the loop that runs the scenario.
final class ScenarioRun {
    private(set) var trace: [String] = []
    private var promises: [String: Promise<String>] = [:]
    /// Each promise's first name, for the rejection events; a promise made inside NodeLoop has none.
    private var promiseNames: [(promise: Promise<String>, name: String)] = []
    private var resolvers: [String: (resolve: PromiseResolver<String>, reject: PromiseRejecter)] = [:]
    private var handles: [String: Handle] = [:]
    /// Set once the trace is taken (`finishWaitingAsyncFunctions`).
    private var hasEnded = false

    private enum Handle {
        case timeout(Timeout)
        case immediate(Immediate)
    }

    /// Runs `scenario` as the main script of `loop` and gives back its trace. The caller closes
    /// the loop.
    static func trace(of scenario: Scenario, on loop: EventLoop) -> [String] {
        let run = ScenarioRun()
        _ = loop.run {
            process.on(.uncaughtException) { error, _ in run.log("uncaught \(error.message)") }
            process.on(.unhandledRejection) { reason, promise in
                run.log("unhandled \(reason.message) \(run.name(of: promise))")
            }
            process.on(.rejectionHandled) { promise in run.log("handled \(run.name(of: promise))") }
            try run.run(scenario.ops)
        }
        let trace = run.trace
        run.finishWaitingAsyncFunctions(on: loop)
        run.forget()
        return trace
    }

    /// An async function still waiting for a promise when the scenario ends would stay suspended
    /// for good, holding what it captured: Swift cannot free a suspended task, where Node's
    /// collector frees a function nobody can resume. So, once the trace is taken, the scenario
    /// ends (its steps do nothing more, its handlers throw), the promises nobody settled are
    /// rejected, and the loop runs until the async functions waiting for them have returned.
    private func finishWaitingAsyncFunctions(on loop: EventLoop) {
        hasEnded = true
        let unsettled = resolvers.values
        resolvers = [:]
        _ = loop.run {
            for functions in unsettled { functions.reject(ScenarioRun.ended) }
        }
    }

    private static let ended = NodeError("the scenario has ended")

    fileprivate func log(_ line: String) {
        trace.append(line)
    }

    /// Drops every promise and handle, whose callbacks hold this run.
    private func forget() {
        promises = [:]
        promiseNames = []
        resolvers = [:]
        handles = [:]
    }

    private func register(_ name: String, _ promise: Promise<String>) {
        promises[name] = promise
        if !promiseNames.contains(where: { $0.promise === promise }) { promiseNames.append((promise, name)) }
    }

    private func name(of promise: any AnyPromise) -> String {
        promiseNames.first { $0.promise === promise }?.name ?? "?"
    }

    /// The promise a handler returns; a missing one is an error, as in the JS interpreter.
    private func returned(_ name: String) throws -> Promise<String> {
        if hasEnded { throw ScenarioRun.ended }
        guard let promise = promises[name] else { throw NodeError("no \(name)") }
        return promise
    }

    fileprivate func run(_ ops: [Operation]?) throws {
        if hasEnded { throw ScenarioRun.ended }
        for op in ops ?? [] { try perform(op) }
    }

    /// Runs `ops` as the body of a callback labelled `id`.
    private func callback(_ id: String?, _ ops: [Operation]?) -> () throws -> Void {
        { [self] in
            log(id ?? "")
            try run(ops)
        }
    }

    // MARK: operations

    private func perform(_ op: Operation) throws {
        let id = op.id ?? ""
        switch op.op {
        case "log": log(id)
        case "throw": throw NodeError(op.value ?? "")
        case "tick": process.nextTick(callback(id, op.body))
        case "micro": queueMicrotask(callback(id, op.body))
        case "timeout": handles[op.name ?? ""] = .timeout(setTimeout(op.ms ?? 1, callback(id, op.body)))
        case "interval": startInterval(op)
        case "immediate": handles[op.name ?? ""] = .immediate(setImmediate(callback(id, op.body)))
        case "clear": clear(op.target ?? "")
        case "io":
            if op.kind == "stat" {
                try fs.stat("/") { [self] _, _ in try callback(id, op.body)() }
            } else {
                threadPool.run({ 0 }, callback: { [self] _, _ in try callback(id, op.body)() })
            }
        case "promise": declare(op)
        case "resolve": resolve(op)
        case "reject":
            guard let functions = resolvers[op.target ?? ""] else { return log("no \(op.target ?? "")") }
            functions.reject(NodeError(op.value ?? ""))
        case "then", "catch", "finally": attach(op)
        case "combine": combine(op)
        case "async": startAsyncFunction(op)
        default: throw NodeError("unknown op \(op.op)")
        }
    }

    private func startInterval(_ op: Operation) {
        var runs = 0
        var interval: Timeout?
        interval = setInterval(op.ms ?? 1) { [self] in
            runs += 1
            log("\(op.id ?? "") \(runs)")
            if runs == op.times { clearInterval(interval) }
            try run(op.body)
        }
        handles[op.name ?? ""] = interval.map { .timeout($0) }
    }

    private func clear(_ name: String) {
        switch handles[name] {
        case nil: log("no \(name)")
        case .timeout(let timeout): clearTimeout(timeout)
        case .immediate(let immediate): clearImmediate(immediate)
        }
    }

    private func declare(_ op: Operation) {
        let name = op.name ?? ""
        register(name, Promise<String> { resolve, reject in
            switch op.kind {
            case "resolved": resolve(op.value ?? "")
            case "rejected": reject(NodeError(op.value ?? ""))
            default: resolvers[name] = (resolve, reject)
            }
        })
    }

    private func resolve(_ op: Operation) {
        guard let functions = resolvers[op.target ?? ""] else { return log("no \(op.target ?? "")") }
        switch op.kind {
        case "value": functions.resolve(op.value ?? "")
        case "thenable":
            guard let spec = op.thenable else { return log("no thenable") }
            functions.resolve(ScriptedThenable(spec: spec, run: self))
        default:
            guard let other = promises[op.with ?? ""] else { return log("no \(op.with ?? "")") }
            functions.resolve(other)
        }
    }

    /// `then`, `catch` or `finally` on a named promise, naming the promise it returns.
    private func attach(_ op: Operation) {
        guard let target = promises[op.target ?? ""] else { return log("no \(op.target ?? "")") }
        let id = op.id ?? ""
        let fulfilled = { [self] (value: String) throws in
            log("\(id) \(value)")
            try run(op.body)
        }
        let rejected = { [self] (error: any Error) throws in
            log("\(id) rejected \(error.message)")
            try run(op.body)
        }
        let derived: Promise<String>
        switch (op.op, op.returns) {
        case ("then", let name?):
            derived = target.then { (value: String) throws -> Promise<String> in
                try fulfilled(value)
                return try self.returned(name)
            }
        case ("then", nil) where op.both == true:
            derived = target.then({ (value: String) throws -> String in
                try fulfilled(value)
                return id
            }, { (error: any Error) throws -> String in
                try rejected(error)
                return id
            })
        case ("then", nil):
            derived = target.then { (value: String) throws -> String in
                try fulfilled(value)
                return id
            }
        case ("catch", let name?):
            derived = target.catch { (error: any Error) throws -> Promise<String> in
                try rejected(error)
                return try self.returned(name)
            }
        case ("catch", nil):
            derived = target.catch { (error: any Error) throws -> String in
                try rejected(error)
                return id
            }
        case (_, let name?):
            derived = target.finally { () throws -> Promise<String> in
                self.log(id)
                try self.run(op.body)
                return try self.returned(name)
            }
        case (_, nil):
            derived = target.finally { () throws -> Void in
                self.log(id)
                try self.run(op.body)
            }
        }
        register(op.name ?? "", derived)
    }

    private func combine(_ op: Operation) {
        var inputs: [Promise<String>] = []
        for name in op.of ?? [] {
            if let input = promises[name] { inputs.append(input) } else { log("no \(name)") }
        }
        let combined: Promise<String>
        switch op.kind {
        case "all": combined = Promise.all(inputs).then { (values: [String]) -> String in values.joined(separator: ",") }
        case "allSettled":
            combined = Promise.allSettled(inputs).then { (results: [SettledResult<String>]) -> String in
                results.map { result in
                    switch result {
                    case .fulfilled(let value): "ok:\(value)"
                    case .rejected(let error): "err:\(error.message)"
                    }
                }.joined(separator: ",")
            }
        case "race": combined = Promise.race(inputs)
        default: combined = Promise.any(inputs)
        }
        register(op.name ?? "", combined)
    }

    /// An async function: each `await` operation is one `await` of a promise. It returns its id,
    /// or the promise `returns` names (`Promise.following`, adopted as V8 adopts it).
    private func startAsyncFunction(_ op: Operation) {
        let confined = Confined(self)
        let id = op.id ?? ""
        let body = op.body ?? []
        guard let returns = op.returns else {
            register(op.name ?? "", Promise<String> { () async throws -> String in
                try await confined.run.runAsyncBody(id, body)
                return id
            })
            return
        }
        register(op.name ?? "", Promise.following { () async throws -> Promise<String> in
            try await confined.run.runAsyncBody(id, body)
            return try confined.run.returned(returns)
        })
    }

    private func runAsyncBody(_ id: String, _ body: [Operation]) async throws {
        log("\(id) start")
        for step in body {
            if hasEnded { throw ScenarioRun.ended }
            guard step.op == "await" else {
                try perform(step)
                continue
            }
            let stepID = step.id ?? ""
            guard let awaited = promises[step.target ?? ""] else {
                log("no \(step.target ?? "")")
                continue
            }
            if step.caught == true {
                do {
                    let value = try await awaited.value
                    log("\(stepID) \(value)")
                } catch {
                    log("\(stepID) caught \(error.message)")
                }
            } else {
                let value = try await awaited.value
                log("\(stepID) \(value)")
            }
        }
    }
}

@available(*, unavailable, message: "a scenario runs on its loop's thread")
extension ScenarioRun: Sendable {}

/// Carries a ``ScenarioRun`` into an async function on the same loop. It is only read there, on
/// the loop's thread, where every async function of the loop runs.
private struct Confined: @unchecked Sendable {
    let run: ScenarioRun
    init(_ run: ScenarioRun) { self.run = run }
}

/// The thenable of a `resolve` operation (``ThenableSpec``).
private struct ScriptedThenable: Thenable {
    let spec: ThenableSpec
    let run: ScenarioRun

    func then(_ resolve: PromiseResolver<String>, _ reject: PromiseRejecter) throws {
        run.log(spec.id)
        try run.run(spec.body)
        if spec.kind == "reject" { reject(NodeError(spec.value)) } else { resolve(spec.value) }
    }
}
