// The loop as the executor Swift async code runs on.
//
// A task started by NodeLoop prefers the loop's executor (`Task(executorPreference:)`), so its
// nonisolated async code runs on the loop thread. Each of its jobs (a start or a resumption) runs
// as one promise job: on the microtask queue, in order with `.then` callbacks, as an async
// function's continuations do in Node.
//
// Node resumes an async function in the same microtask as the promise reaction that settles its
// `await` (one await = one job). Swift's runtime instead enqueues the task's job when the
// continuation is resumed, which would cost a second job. So a promise reaction that resumes a
// continuation does it inside `EventLoop.resumingInline`, which catches the job the runtime
// enqueues and runs it at once, inside the same microtask.

extension LoopExecutor: TaskExecutor {
    /// Takes a job of a task that prefers this loop: on the loop thread it becomes a promise job
    /// (or runs inline, see above); from another thread it enters through ``execute(_:)``. Once
    /// the loop has closed the job is dropped, as ``execute(_:)`` drops one: the task never
    /// resumes, as an `await` pending when Node's loop ends never does.
    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        if inEventLoop {
            openLoopOnThisThread?.acceptTaskJob(job)
        } else {
            execute { [self] in
                job.runSynchronously(on: asUnownedTaskExecutor())
            }
        }
    }
}

extension EventLoop {
    /// Queues a task job as a promise job, or keeps it to run inline when a resumption is being
    /// made inside `resumingInline`.
    func acceptTaskJob(_ job: UnownedJob) {
        if isCapturingTaskJob && capturedTaskJob == nil {
            capturedTaskJob = job
            return
        }
        let executor = self.executor!
        enqueuePromiseJob { job.runSynchronously(on: executor.asUnownedTaskExecutor()) }
    }

    /// Runs `resume` (which resumes a continuation or starts a task) and then, at once, the task
    /// job that it made the runtime enqueue on this loop.
    @usableFromInline
    func resumingInline(_ resume: () -> Void) {
        let wasCapturing = isCapturingTaskJob
        let outerJob = capturedTaskJob
        isCapturingTaskJob = true
        capturedTaskJob = nil
        resume()
        let job = capturedTaskJob
        isCapturingTaskJob = wasCapturing
        capturedTaskJob = outerJob
        job?.runSynchronously(on: executor.asUnownedTaskExecutor())
    }
}

extension LoopExecutor {
    /// Whether the running task prefers this loop's executor: one of the loop's own tasks (the
    /// body of `Promise { () async throws in ... }`, say), whose jobs the loop runs whenever it
    /// runs next.
    var isPreferredByCurrentTask: Bool {
        withUnsafeCurrentTask { $0?.unownedTaskExecutor == asUnownedTaskExecutor() }
    }
}
