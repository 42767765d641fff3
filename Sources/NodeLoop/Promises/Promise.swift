// How and why
// -----------
// A Promise is a three-state machine (pending -> fulfilled | rejected, once) plus the reactions
// waiting for it. Every reaction runs as its own job on the loop's promise-job queue, never
// inline, so a chain of a million `then`s is a million jobs and never a deep stack. Resolving a
// promise with another promise or a thenable goes through one extra job (ECMAScript's
// NewPromiseResolveThenableJob), which is what gives V8's tick counts:
//
//   p.then(f)                       f runs 1 job after p settles
//   new Promise(r => r(p)).then(f)  3 jobs: adopt job, p's reaction, then f
//   p.finally(f).then(g)            4 jobs
//
// Rejections are tracked for Node's unhandled-rejection check: a promise rejected while no
// reaction is attached is reported to the loop's `RejectionTracker`, and attaching the first
// reaction later takes it back (`rejectionHandled` if the check had already fired).

/// A value that will be available later, or the error that prevented it: Node's `Promise`,
/// with a Swift value type.
///
/// A promise belongs to the loop that created it; its callbacks always run there, as
/// microtasks (after the current callback and every queued `process.nextTick`).
///
/// ```swift
/// Promise<Int> { resolve, reject in
///     setTimeout(10) { resolve(42) }
/// }
/// .then { value in value + 1 }
/// .then { value in console.log(value) }   // 43
/// .catch { error in console.error(error.message) }
/// ```
public final class Promise<Value> {
    enum State {
        case pending
        case fulfilled(Value)
        case rejected(any Error)
    }

    /// Strong: a promise may outlive the run (held by a task, say), and must still find its
    /// loop to report that the loop has closed.
    let loop: EventLoop
    // A promise is loop-confined and its state is read and written once or twice per reaction:
    // runtime exclusivity checks would cost more than the work, so they are off for its fields.
    @exclusivity(unchecked) private(set) var state: State = .pending
    /// The first reaction attached while pending, kept inline: most promises get exactly one
    /// (a chain link), and an array would cost an allocation per promise.
    @exclusivity(unchecked) private var firstReaction: Reaction?
    /// The reactions attached after the first, in order.
    @exclusivity(unchecked) private var moreReactions: [Reaction] = []
    /// ECMAScript's [[PromiseIsHandled]]: a reaction has been attached at some point.
    @exclusivity(unchecked) private var isHandled = false

    struct Reaction {
        let onFulfilled: (Value) -> Void
        let onRejected: (any Error) -> Void
        /// The promise the reaction settles, if any: the next link of a chain.
        let dependent: (any PromiseChainLink)?
    }

    /// A pending promise settled only by NodeLoop's own code.
    init(loop: EventLoop) {
        self.loop = loop
    }

    // A pending chain (p.then().then()…) is a linked list through the reactions' closures.
    // Released recursively, a million links would overflow the stack, so the links are
    // unhooked here one at a time instead.
    deinit {
        guard firstReaction != nil else { return }
        var links: [any PromiseChainLink] = []
        detachDependents(into: &links)
        while let link = links.popLast() {
            link.detachDependents(into: &links)
        }
    }

    /// Creates a promise and runs `executor` at once, as `new Promise(executor)` does.
    ///
    /// The executor receives the functions that settle the promise; only the first call to
    /// either counts. If the executor throws before settling, the promise is rejected with the
    /// error.
    ///
    /// - Parameter executor: Called synchronously with `resolve` and `reject`.
    public convenience init(_ executor: (_ resolve: PromiseResolver<Value>, _ reject: PromiseRejecter) throws -> Void) {
        self.init(loop: EventLoop.current)
        let functions = ResolvingFunctions(promise: self)
        do {
            try executor(PromiseResolver(functions), PromiseRejecter(functions))
        } catch {
            functions.reject(error)
        }
    }

    // MARK: - Settling

    func fulfill(_ value: Value) {
        guard case .pending = state else { return }
        state = .fulfilled(value)
        takeReactions { reaction in
            let onFulfilled = reaction.onFulfilled
            loop.enqueuePromiseJob { onFulfilled(value) }
        }
    }

    func reject(_ error: any Error) {
        guard case .pending = state else { return }
        state = .rejected(error)
        if !isHandled {
            loop.rejections.rejectedWithoutHandler(self, reason: error)
        }
        takeReactions { reaction in
            let onRejected = reaction.onRejected
            loop.enqueuePromiseJob { onRejected(error) }
        }
    }

    /// ECMAScript's promise resolve functions applied to another promise: adopt its state one job
    /// later (NewPromiseResolveThenableJob), or reject when it is this very promise.
    func resolve(adopting other: Promise<Value>) {
        guard other !== self else {
            reject(NodeError("Chaining cycle detected for promise #<Promise>", name: "TypeError"))
            return
        }
        let functions = ResolvingFunctions(promise: self)
        loop.enqueuePromiseJob { [self] in
            other.addReaction(onFulfilled: functions.resolve, onRejected: functions.reject, dependent: self)
        }
    }

    /// Adopts a foreign thenable's state one job later by calling its `then`.
    func resolve<T: Thenable>(adopting thenable: T) where T.Value == Value {
        let functions = ResolvingFunctions(promise: self)
        loop.enqueuePromiseJob {
            do {
                try thenable.then(PromiseResolver(functions), PromiseRejecter(functions))
            } catch {
                functions.reject(error)
            }
        }
    }

    // MARK: - Reactions

    /// Attaches a reaction: queued now if the promise has settled, else kept until it does.
    func addReaction(
        onFulfilled: @escaping (Value) -> Void,
        onRejected: @escaping (any Error) -> Void,
        dependent: (any PromiseChainLink)? = nil
    ) {
        switch state {
        case .pending:
            let reaction = Reaction(onFulfilled: onFulfilled, onRejected: onRejected, dependent: dependent)
            if firstReaction == nil { firstReaction = reaction } else { moreReactions.append(reaction) }
        case .fulfilled(let value):
            loop.enqueuePromiseJob { onFulfilled(value) }
        case .rejected(let error):
            if !isHandled { loop.rejections.handlerAdded(self) }
            loop.enqueuePromiseJob { onRejected(error) }
        }
        isHandled = true
    }

    /// Empties the reactions (releasing them once `body` is done) and gives each to `body`, in
    /// the order they were attached.
    private func takeReactions(_ body: (Reaction) -> Void) {
        guard let first = firstReaction else { return }
        let more = moreReactions
        firstReaction = nil
        moreReactions = []
        body(first)
        for reaction in more { body(reaction) }
    }

    /// Attaches handlers whose outcome settles a new promise (ECMAScript's PerformPromiseThen
    /// with a fresh capability).
    func chain<Result>(
        onFulfilled: @escaping (Value, Promise<Result>) throws -> Void,
        onRejected: @escaping (any Error, Promise<Result>) throws -> Void
    ) -> Promise<Result> {
        let derived = Promise<Result>(loop: loop)
        addReaction(
            onFulfilled: { value in
                do { try onFulfilled(value, derived) } catch { derived.reject(error) }
            },
            onRejected: { error in
                do { try onRejected(error, derived) } catch { derived.reject(error) }
            },
            dependent: derived
        )
        return derived
    }
}

@available(*, unavailable, message: "a Promise belongs to the loop that created it")
extension Promise: Sendable {}

/// A promise seen as a link of a chain, so that a long pending chain can be taken apart
/// without recursion.
protocol PromiseChainLink: AnyObject {
    /// Moves the promises this one's reactions would settle into `links`, dropping the reactions.
    func detachDependents(into links: inout [any PromiseChainLink])
}

extension Promise: PromiseChainLink {
    func detachDependents(into links: inout [any PromiseChainLink]) {
        takeReactions { reaction in
            if let dependent = reaction.dependent { links.append(dependent) }
        }
    }
}

/// Any promise, whatever its value type: what `unhandledRejection` and `rejectionHandled`
/// listeners receive, to compare with `===`.
public protocol AnyPromise: AnyObject {}

extension Promise: AnyPromise {}
