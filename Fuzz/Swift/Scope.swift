import NodeLoop

// The variables of a scenario program: where each name is declared, and which function holds
// it (docs/fuzzing.md, "What a program holds"). Fuzz/JS/scope.js is the same code in Node: keep
// the two alike.
//
// A scenario reads as a program whose functions are the main script and its callbacks (a
// timer's, a tick's, a handler, an async function, a thenable's `then`). Each name is a
// variable declared in the innermost function that holds every mention of it, as a person
// writing the program would declare it, unless that function runs more than once: a name
// mentioned inside an interval's callback is declared around the interval, so that every run
// sees the same variable. Declared so, every name has one variable for the whole run, the same
// as one table of names would give. A function's variables exist while it runs; a callback
// holds only the variables of enclosing functions that it (or a callback inside it) mentions,
// as a Swift closure captures them. So when the main script or a callback returns, what it
// declared and no callback holds is unreachable, and NodeLoop frees it as it would in a user's
// program.

/// One name of a scenario program: the promise, the resolving functions and the timer or
/// immediate last made under it.
///
/// Loop-confined: it lives on the thread of the loop that runs the scenario.
final class Variable {
    /// A timer or immediate, for `clear`.
    enum Handle {
        case timeout(Timeout)
        case immediate(Immediate)
    }

    var promise: Promise<String>?
    /// The resolving functions of a promise made `pending`.
    var resolvers: (resolve: PromiseResolver<String>, reject: PromiseRejecter)?
    var handle: Handle?
}

@available(*, unavailable, message: "a scenario runs on its loop's thread")
extension Variable: Sendable {}

/// The variables a function of the program can reach.
struct Scope {
    /// The variables by name.
    let variables: [String: Variable]

    /// The main script's variables.
    static func main(_ ops: [Operation]) -> Scope {
        Scope(variables: [:]).entering(ops)
    }

    /// The variable `name`. One this scope does not hold is a bug of the interpreter (a callback
    /// that names a variable it did not capture), not of the scenario.
    subscript(name: String?) -> Variable {
        guard let variable = variables[name ?? ""] else {
            preconditionFailure("interpreter bug: \(name ?? "nil") is not in scope")
        }
        return variable
    }

    /// The variables of this scope that the callbacks of `op` hold.
    func forCallbacks(of op: Operation) -> Scope {
        Scope(variables: variables.filter { op.callbackNames.contains($0.key) })
    }

    /// The scope of a function, holding these variables, that runs `body` and returns
    /// `returns`: these and a new variable for each name it declares.
    func entering(_ body: [Operation], returning returns: String? = nil) -> Scope {
        var variables = self.variables
        var mentioned = body.names
        if let returns { mentioned.insert(returns) }
        for name in mentioned where variables[name] == nil && body.declares(name, returning: returns) {
            variables[name] = Variable()
        }
        return Scope(variables: variables)
    }
}

extension Operation {
    /// The names the operation reads or assigns when it runs.
    var ownNames: [String] {
        [name, target, with].compactMap { $0 } + (of ?? [])
    }

    /// The names its callbacks read or assign: its body, its thenable's, its `returns`.
    var callbackNames: Set<String> {
        var names = (body ?? []).names.union(thenable?.body.names ?? [])
        if let returns { names.insert(returns) }
        return names
    }
}

extension Array where Element == Operation {
    /// Every name the operations read or assign, in their callbacks too.
    var names: Set<String> {
        reduce(into: Set()) { names, op in
            names.formUnion(op.ownNames)
            names.formUnion(op.callbackNames)
        }
    }

    /// Whether a function running these operations (and returning `returns`) declares `name`:
    /// it mentions it itself, or in the callbacks of two operations, or in an interval's.
    func declares(_ name: String, returning returns: String?) -> Bool {
        if name == returns || contains(where: { $0.ownNames.contains(name) }) { return true }
        let holders = filter { $0.callbackNames.contains(name) }
        return holders.count != 1 || holders[0].op == "interval"
    }
}
