import NodeLoop

/// Runs one scenario over NodeLoop and records its trace, as Fuzz/JS/interpret.js does in Node:
/// the two are the same interpreter, line for line, so keep them alike.
///
/// It holds no promise and no handle: the main script's ``Scope`` and the callbacks hold them,
/// each only the variables it names, so NodeLoop frees what the program can no longer reach.
///
/// Loop-confined: it lives on the thread of the loop that runs the scenario.
final class ScenarioRun {
    private(set) var trace: [String] = []
    /// Each promise's first name, for the rejection events; a promise made inside NodeLoop has
    /// none.
    private var promiseNames: [PromiseName] = []

    /// A promise's name, held weakly, so that naming a promise does not keep it alive.
    private struct PromiseName {
        weak var promise: Promise<String>?
        let name: String
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
            // The main script's variables, dropped when it returns.
            try run.run(scenario.ops, Scope.main(scenario.ops))
        }
        return run.trace
    }

    fileprivate func log(_ line: String) {
        trace.append(line)
    }

    private func register(_ variable: Variable, _ name: String?, _ promise: Promise<String>) {
        variable.promise = promise
        if !promiseNames.contains(where: { $0.promise === promise }) {
            promiseNames.append(PromiseName(promise: promise, name: name ?? ""))
        }
    }

    private func name(of promise: any AnyPromise) -> String {
        promiseNames.first { $0.promise === promise }?.name ?? "?"
    }

    /// The promise a handler returns; a missing one is an error, as in the JS interpreter.
    private func returned(_ name: String, _ scope: Scope) throws -> Promise<String> {
        guard let promise = scope[name].promise else { throw NodeError("no \(name)") }
        return promise
    }

    fileprivate func run(_ ops: [Operation]?, _ scope: Scope) throws {
        for op in ops ?? [] { try perform(op, scope) }
    }

    /// A callback of `op` that holds the variables `held`: it logs `line`, runs the body in a
    /// scope of its own and gives back that scope (for `returns`).
    @discardableResult
    private func call(_ op: Operation, _ held: Scope, logging line: String) throws -> Scope {
        log(line)
        let scope = held.entering(op.body ?? [], returning: op.returns)
        try run(op.body, scope)
        return scope
    }

    /// `op`'s callback labelled with its id, holding the variables of `scope` it mentions.
    private func callback(_ op: Operation, _ scope: Scope) -> () throws -> Void {
        let held = scope.forCallbacks(of: op)
        return { [self] in try call(op, held, logging: op.id ?? "") }
    }

    // MARK: operations

    /// Runs `op` with the variables `scope` holds; each callback it makes holds only those it
    /// mentions (``Scope``).
    private func perform(_ op: Operation, _ scope: Scope) throws {
        switch op.op {
        case "log": log(op.id ?? "")
        case "throw": throw NodeError(op.value ?? "")
        case "tick": process.nextTick(callback(op, scope))
        case "micro": queueMicrotask(callback(op, scope))
        case "timeout": scope[op.name].handle = .timeout(setTimeout(op.ms ?? 1, callback(op, scope)))
        case "interval": startInterval(op, scope)
        case "immediate": scope[op.name].handle = .immediate(setImmediate(callback(op, scope)))
        case "clear": clear(op.target, scope)
        case "io":
            let done = callback(op, scope)
            if op.kind == "stat" {
                try fs.stat("/") { _, _ in try done() }
            } else {
                threadPool.run({ 0 }, callback: { _, _ in try done() })
            }
        case "promise": declare(op, scope)
        case "resolve": resolve(op, scope)
        case "reject":
            guard let functions = scope[op.target].resolvers else { return log("no \(op.target ?? "")") }
            functions.reject(NodeError(op.value ?? ""))
        case "then", "catch", "finally": attach(op, scope)
        case "combine": combine(op, scope)
        case "async": startAsyncFunction(op, scope)
        default: throw NodeError("unknown op \(op.op)")
        }
    }

    private func startInterval(_ op: Operation, _ scope: Scope) {
        let held = scope.forCallbacks(of: op)
        var runs = 0
        var interval: Timeout?
        interval = setInterval(op.ms ?? 1) { [self] in
            runs += 1
            if runs == op.times { clearInterval(interval) }
            try call(op, held, logging: "\(op.id ?? "") \(runs)")
        }
        scope[op.name].handle = interval.map { .timeout($0) }
    }

    private func clear(_ name: String?, _ scope: Scope) {
        switch scope[name].handle {
        case nil: log("no \(name ?? "")")
        case .timeout(let timeout): clearTimeout(timeout)
        case .immediate(let immediate): clearImmediate(immediate)
        }
    }

    /// `resolved`, `rejected`, `pending` (its resolving functions kept in its variable) or
    /// `never` (`new Promise(() => {})`).
    private func declare(_ op: Operation, _ scope: Scope) {
        let variable = scope[op.name]
        register(variable, op.name, Promise<String> { resolve, reject in
            switch op.kind {
            case "resolved": resolve(op.value ?? "")
            case "rejected": reject(NodeError(op.value ?? ""))
            case "pending": variable.resolvers = (resolve, reject)
            default: break
            }
        })
    }

    private func resolve(_ op: Operation, _ scope: Scope) {
        guard let functions = scope[op.target].resolvers else { return log("no \(op.target ?? "")") }
        switch op.kind {
        case "value": functions.resolve(op.value ?? "")
        case "thenable":
            guard let spec = op.thenable else { return log("no thenable") }
            functions.resolve(ScriptedThenable(spec: spec, run: self, scope: scope.forCallbacks(of: op)))
        default:
            guard let other = scope[op.with].promise else { return log("no \(op.with ?? "")") }
            functions.resolve(other)
        }
    }

    /// `then`, `catch` or `finally` on a named promise, naming the promise it returns.
    private func attach(_ op: Operation, _ scope: Scope) {
        guard let target = scope[op.target].promise else { return log("no \(op.target ?? "")") }
        let id = op.id ?? ""
        let held = scope.forCallbacks(of: op)
        let fulfilled = { [self] (value: String) throws -> Scope in try call(op, held, logging: "\(id) \(value)") }
        let rejected = { [self] (error: any Error) throws -> Scope in
            try call(op, held, logging: "\(id) rejected \(error.message)")
        }
        let derived: Promise<String>
        switch (op.op, op.returns) {
        case ("then", let name?):
            derived = target.then { (value: String) throws -> Promise<String> in
                try self.returned(name, fulfilled(value))
            }
        case ("then", nil) where op.both == true:
            derived = target.then({ (value: String) throws -> String in
                _ = try fulfilled(value)
                return id
            }, { (error: any Error) throws -> String in
                _ = try rejected(error)
                return id
            })
        case ("then", nil):
            derived = target.then { (value: String) throws -> String in
                _ = try fulfilled(value)
                return id
            }
        case ("catch", let name?):
            derived = target.catch { (error: any Error) throws -> Promise<String> in
                try self.returned(name, rejected(error))
            }
        case ("catch", nil):
            derived = target.catch { (error: any Error) throws -> String in
                _ = try rejected(error)
                return id
            }
        case (_, let name?):
            derived = target.finally { () throws -> Promise<String> in
                try self.returned(name, self.call(op, held, logging: id))
            }
        case (_, nil):
            derived = target.finally { () throws -> Void in
                try self.call(op, held, logging: id)
            }
        }
        register(scope[op.name], op.name, derived)
    }

    private func combine(_ op: Operation, _ scope: Scope) {
        var inputs: [Promise<String>] = []
        for name in op.of ?? [] {
            if let input = scope[name].promise { inputs.append(input) } else { log("no \(name)") }
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
        register(scope[op.name], op.name, combined)
    }

    /// An async function: each `await` operation is one `await` of a promise. It returns its id,
    /// or the promise `returns` names (`Promise.following`, adopted as V8 adopts it).
    private func startAsyncFunction(_ op: Operation, _ scope: Scope) {
        let confined = Confined(self, scope.forCallbacks(of: op))
        guard let returns = op.returns else {
            register(scope[op.name], op.name, Promise<String> { () async throws -> String in
                try await confined.run.runAsyncFunction(op, confined.scope)
                return op.id ?? ""
            })
            return
        }
        register(scope[op.name], op.name, Promise.following { () async throws -> Promise<String> in
            let scope = try await confined.run.runAsyncFunction(op, confined.scope)
            return try confined.run.returned(returns, scope)
        })
    }

    /// Runs the async function `op` with the variables `held`, and gives back its scope (for
    /// `returns`).
    @discardableResult
    private func runAsyncFunction(_ op: Operation, _ held: Scope) async throws -> Scope {
        let body = op.body ?? []
        let scope = held.entering(body, returning: op.returns)
        log("\(op.id ?? "") start")
        for step in body {
            guard step.op == "await" else {
                try perform(step, scope)
                continue
            }
            let stepID = step.id ?? ""
            guard let awaited = scope[step.target].promise else {
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
        return scope
    }
}

@available(*, unavailable, message: "a scenario runs on its loop's thread")
extension ScenarioRun: Sendable {}

/// Carries a ``ScenarioRun`` and the variables an async function holds into it, on the same
/// loop. They are only read there, on the loop's thread, where every async function of the loop
/// runs.
private struct Confined: @unchecked Sendable {
    let run: ScenarioRun
    let scope: Scope
    init(_ run: ScenarioRun, _ scope: Scope) {
        self.run = run
        self.scope = scope
    }
}

/// The thenable of a `resolve` operation (``ThenableSpec``), holding the variables its body names.
private struct ScriptedThenable: Thenable {
    let spec: ThenableSpec
    let run: ScenarioRun
    /// The variables its `then` holds.
    let scope: Scope

    func then(_ resolve: PromiseResolver<String>, _ reject: PromiseRejecter) throws {
        run.log(spec.id)
        try run.run(spec.body, scope.entering(spec.body))
        if spec.kind == "reject" { reject(NodeError(spec.value)) } else { resolve(spec.value) }
    }
}
