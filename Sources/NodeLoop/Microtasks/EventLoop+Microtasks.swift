// The two microtask queues and the drain Node runs after every macrotask callback.
//
// Node's order (lib/internal/process/task_queues.js): run every queued nextTick callback,
// including ticks queued meanwhile; then run every promise job, including jobs queued meanwhile
// (a tick queued by a promise job waits for the next round); repeat while ticks are queued.

extension EventLoop {
    /// A job as the microtask queues hold it. A closure stored straight into a generic container
    /// is re-abstracted on the way in and out, which allocates a thunk for every job; a closure
    /// inside a struct is stored as it is.
    struct QueuedJob {
        let run: Job
    }

    /// Queues `callback` on the nextTick queue, which runs before any promise job.
    func nextTick(_ callback: consuming @escaping Job) {
        // While `exit` listeners run, Node drops new ticks: the process is about to end.
        guard !processState.isExiting else { return }
        ticks.append(QueuedJob(run: callback))
    }

    /// A job as the promise-job queue holds it: a callback, or a promise reaction with the
    /// settled promise it reads its outcome from. Queuing the reaction closure as it is, beside
    /// its promise, spares the allocation of a closure that would bind the two.
    enum PromiseJob {
        case callback(Job)
        case reaction(PromiseReaction.Run, settled: AnyObject)
    }

    /// Queues `job` on the promise-job queue (`queueMicrotask`, the steps of async functions).
    func enqueuePromiseJob(_ job: consuming @escaping Job) {
        promiseJobs.append(.callback(job))
    }

    /// Queues the reaction `run` of the promise `settled`, which has settled, as a promise job.
    @usableFromInline
    func enqueuePromiseJob(reaction run: consuming @escaping PromiseReaction.Run, settled: consuming AnyObject) {
        promiseJobs.append(.reaction(run, settled: settled))
    }

    /// Drains both microtask queues as Node's `processTicksAndRejections` does, then runs the
    /// unhandled-rejection check, and drains again if that check ran listeners.
    ///
    /// A tick that throws takes the uncaught-exception path and uses up one of `attempts`: with
    /// one left, the drain goes on with the next tick; with none, it ends and the ticks after it
    /// wait for the next drain. Node drains twice after a callback (its callback scope drains, and
    /// the scope around it drains again after a throw), but only once between two timers or two
    /// immediates of one pass, where a throw ends the drain and the pass goes on with the next
    /// callback. A promise job that throws does not end the drain (V8 reports it and runs the
    /// next job).
    func drainMicrotasks(attempts: Int = 2) {
        var attemptsLeft = attempts
        // A run ended by a callback that went on after the end (code after a promise executor
        // that called `process.exit`) runs nothing more.
        while !isTerminated {
            while let tick = ticks.popFirst() {
                do {
                    try tick.run()
                } catch {
                    handleUncaught(error)
                    attemptsLeft -= 1
                    if attemptsLeft == 0 { return }
                }
                if isTerminated { return }
            }
            while let job = promiseJobs.popFirst() {
                switch job {
                case .callback(let callback):
                    do {
                        try callback()
                    } catch {
                        handleUncaught(error)
                    }
                case .reaction(let run, let settled):
                    run(settled)
                }
                if isTerminated { return }
            }
            if !ticks.isEmpty { continue }
            guard rejections.hasWork, rejections.check(on: self), !isTerminated else { return }
        }
    }
}
