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
//
// Speed: `then`, `catch`, `fulfill`, `reject`, `Promise.resolve`, `Promise.all` and `await` are
// `@inlinable`, so a caller's module specialises them for its concrete types; unspecialised,
// each `then` paid seven look-ups of generic metadata in the runtime's hash tables. A `then`
// allocates two objects, the derived promise and one reaction closure, and its job is queued
// as that closure beside the settled promise it reads (`EventLoop.PromiseJob`), with no
// closure made to bind the two. docs/performance.md has the measurements.

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
    /// Strong: a promise may outlive the run (held by a task, say), and must still find its
    /// loop to report that the loop has closed.
    @usableFromInline let loop: EventLoop
    // A promise is loop-confined and its state is read and written once or twice per reaction:
    // runtime exclusivity checks would cost more than the work, so they are off for its fields.
    //
    // Stored properties are laid out in the order they are declared: the two flags come last,
    // side by side, which keeps a promise within a 96-byte allocation.
    /// The value, once `isFulfilled` (see ``SettledValue`` for why it is not a `Value?`).
    @exclusivity(unchecked) @usableFromInline var fulfilledValue: SettledValue
    /// The reason, once rejected.
    @exclusivity(unchecked) @usableFromInline var rejectionReason: (any Error)?
    /// The first reaction attached while pending, kept inline: most promises get exactly one
    /// (a chain link), and an array would cost an allocation per promise.
    @exclusivity(unchecked) @usableFromInline var firstReaction: PromiseReaction?
    /// The reactions attached after the first, in order.
    @exclusivity(unchecked) @usableFromInline var moreReactions: [PromiseReaction]
    /// Whether `fulfilledValue` holds the value.
    @exclusivity(unchecked) @usableFromInline var isFulfilled: Bool
    /// ECMAScript's [[PromiseIsHandled]]: a reaction has been attached at some point.
    @exclusivity(unchecked) @usableFromInline var isHandled: Bool

    /// A pending promise settled only by NodeLoop's own code.
    @inlinable
    init(loop: EventLoop) {
        self.loop = loop
        fulfilledValue = SettledValue()
        isFulfilled = false
        rejectionReason = nil
        firstReaction = nil
        moreReactions = []
        isHandled = false
    }

    // A pending chain (p.then().then()…) is a linked list through the reactions' closures.
    // Released recursively, a million links would overflow the stack, so the links are
    // unhooked here one at a time instead. Only a dependent that dies with this promise is taken
    // apart: one that something else still holds (a combinator's result, which every input
    // settles; a promise another reaction or the user keeps) may still settle, and its
    // reactions must then run as if this promise had never been freed.
    deinit {
        if isFulfilled { fulfilledValue.deinitialize(as: Value.self) }
        guard firstReaction != nil else { return }
        var links: [AnyObject] = []
        detachDependents(into: &links)
        while !links.isEmpty {
            // Checked in place: a popped copy would be a second reference.
            let diesNow = isKnownUniquelyReferenced(&links[links.count - 1])
            let link = links.removeLast()
            guard diesNow, let promise = link as? any PromiseChainLink else { continue }
            promise.detachDependents(into: &links)
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

    /// Neither fulfilled nor rejected yet.
    @inlinable
    var isPending: Bool { !isFulfilled && rejectionReason == nil }

    @inlinable
    func fulfill(_ value: Value) {
        guard isPending else { return }
        fulfilledValue.initialize(to: value)
        isFulfilled = true
        queueReactions()
    }

    @inlinable
    func reject(_ error: any Error) {
        guard !loop.terminateIfExit(error), isPending else { return }
        rejectionReason = error
        if !isHandled {
            loop.rejections.rejectedWithoutHandler(self, reason: error)
        }
        queueReactions()
    }

    /// Settles this promise with `outcome`'s value or error.
    @inlinable
    func settle(with outcome: Result<Value, any Error>) {
        switch outcome {
        case .success(let value): fulfill(value)
        case .failure(let error): reject(error)
        }
    }

    /// Settles this promise with what `body` returns, or rejects it with what `body` throws: the
    /// end of every handler of a `then` or `catch`.
    @inlinable
    func settle(by body: () throws -> Value) {
        do { fulfill(try body()) } catch { reject(error) }
    }

    /// Makes this promise follow the promise `body` returns, or rejects it with what `body`
    /// throws.
    @inlinable
    func follow(_ body: () throws -> Promise<Value>) {
        do { resolve(adopting: try body()) } catch { reject(error) }
    }

    /// ECMAScript's promise resolve functions applied to another promise: adopt its state one job
    /// later (NewPromiseResolveThenableJob), or reject when it is this very promise.
    @usableFromInline
    func resolve(adopting other: Promise<Value>) {
        guard other !== self else {
            reject(NodeError("Chaining cycle detected for promise #<Promise>", name: "TypeError"))
            return
        }
        let functions = ResolvingFunctions(promise: self)
        loop.enqueuePromiseJob { [self] in
            other.addReaction("resolving a Promise with a promise", dependent: self) { settled in
                functions.settle(with: Promise.outcome(of: settled))
            }
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

    /// The outcome of `settled`, a settled `Promise<Value>`, as a reaction receives it.
    @inlinable
    static func outcome(of settled: AnyObject) -> Result<Value, any Error> {
        let promise = unsafeDowncast(settled, to: Promise<Value>.self)
        if promise.isFulfilled { return .success(promise.fulfilledValue.value(as: Value.self)) }
        guard let error = promise.rejectionReason else {
            preconditionFailure("NodeLoop: a promise reaction ran before its promise settled")
        }
        return .failure(error)
    }

    /// Attaches a reaction: queued now if the promise has settled, else kept until it does.
    ///
    /// Every reaction comes through here, so this is where a promise checks that it is used on
    /// its loop's thread; `api` names the public entry point for the message if it is not.
    /// `run` is one promise job, given this promise once it has settled (read its outcome with
    /// ``outcome(of:)``): one closure and no job object, which is what keeps a `then` at two
    /// allocations (the derived promise and this closure). `dependent` is the promise the
    /// reaction settles, if any, so that a long pending chain can be freed without recursion.
    @inlinable @inline(__always)
    func addReaction(_ api: StaticString, dependent: AnyObject?, _ run: @escaping PromiseReaction.Run) {
        loop.owner.check(api)
        if isPending {
            let reaction = PromiseReaction(run: run, dependent: dependent)
            if firstReaction == nil { firstReaction = reaction } else { moreReactions.append(reaction) }
        } else {
            if rejectionReason != nil, !isHandled { loop.rejections.handlerAdded(self) }
            loop.enqueuePromiseJob(reaction: run, settled: self)
        }
        isHandled = true
    }

    /// Attaches a reaction with one handler for each outcome.
    func addReaction(
        _ api: StaticString,
        onFulfilled: @escaping (Value) -> Void,
        onRejected: @escaping (any Error) -> Void,
        dependent: AnyObject? = nil
    ) {
        addReaction(api, dependent: dependent) { settled in
            switch Promise.outcome(of: settled) {
            case .success(let value): onFulfilled(value)
            case .failure(let error): onRejected(error)
            }
        }
    }

    /// Queues every reaction as a promise job, in the order they were attached, and lets them go.
    @inlinable
    func queueReactions() {
        takeReactions { reaction in loop.enqueuePromiseJob(reaction: reaction.run, settled: self) }
    }

    /// Empties the reactions (before `body` sees any) and gives each to `body`, in the order
    /// they were attached.
    @inlinable
    func takeReactions(_ body: (PromiseReaction) -> Void) {
        guard let first = firstReaction else { return }
        firstReaction = nil
        var more: [PromiseReaction] = []
        if !moreReactions.isEmpty { swap(&more, &moreReactions) }
        body(first)
        for reaction in more { body(reaction) }
    }
}

/// A reaction waiting for a pending promise: the job to queue once it settles.
///
/// Not generic, so that storing and moving it costs no generic-metadata look-up.
@usableFromInline
struct PromiseReaction {
    /// The promise job; its argument is the settled promise.
    @usableFromInline typealias Run = (_ settled: AnyObject) -> Void

    @usableFromInline let run: Run
    /// The promise the reaction settles, if any: the next link of a chain.
    @usableFromInline let dependent: AnyObject?

    @inlinable
    init(run: @escaping Run, dependent: AnyObject?) {
        self.run = run
        self.dependent = dependent
    }
}

@available(*, unavailable, message: "a Promise belongs to the loop that created it")
extension Promise: Sendable {}

/// A promise seen as a link of a chain, so that a long pending chain can be taken apart
/// without recursion.
protocol PromiseChainLink: AnyObject {
    /// Moves the objects this one's reactions would settle into `links`, dropping the reactions.
    func detachDependents(into links: inout [AnyObject])
}

extension Promise: PromiseChainLink {
    func detachDependents(into links: inout [AnyObject]) {
        takeReactions { reaction in
            if let dependent = reaction.dependent { links.append(dependent) }
        }
    }
}

/// Any promise, whatever its value type: what `unhandledRejection` and `rejectionHandled`
/// listeners receive, to compare with `===`.
public protocol AnyPromise: AnyObject {}

extension Promise: AnyPromise {}
