// How a WorkerPool drives its workers. Everything here runs on the pool's loop; the workers
// see only `PoolRequest`s and answer with `PoolResponse`s, matched to their task by id.
//
// A slot is one worker and the task it runs. Its life: idle -> running (a task posted) -> idle
// (its response arrived) ... -> stopping (a `stop` request or `terminate`) -> gone (its `exit`
// or the termination promise). A slot whose worker exits while it was not stopping crashed: its
// task is rejected and a new slot takes its place.

/// The pool's life: `open` takes tasks, `closing` drains them, `destroyed` dropped them.
enum PoolState {
    case open
    case closing
    case destroyed
}

/// What the pool sends a worker.
enum PoolRequest<Task: Sendable>: Sendable {
    /// Run `task` and answer with a response carrying `id`.
    case run(id: Int, task: Task)
    /// Close the worker's port, so its loop ends and the worker exits with code 0.
    case stop
}

/// What a worker answers: the handler's result or the error it threw.
struct PoolResponse<Output: Sendable>: Sendable {
    let id: Int
    let result: Result<Output, any Error>
}

/// One task of a pool: queued, then running, then settled exactly once.
final class PoolTask<Task: Sendable, Output: Sendable> {
    let id: Int
    let task: Task
    let queuedAt: Double
    var startedAt = 0.0
    private(set) var isSettled = false
    var abortListener: (AbortSignal, ListenerID)?
    private let resolve: PromiseResolver<Output>
    private let reject: PromiseRejecter

    init(id: Int, task: Task, queuedAt: Double, resolve: PromiseResolver<Output>, reject: PromiseRejecter) {
        self.id = id
        self.task = task
        self.queuedAt = queuedAt
        self.resolve = resolve
        self.reject = reject
    }

    /// Settles the task's promise, once; later calls do nothing.
    func settle(_ result: Result<Output, any Error>) {
        guard !isSettled else { return }
        isSettled = true
        if let (signal, id) = abortListener { signal.removeEventListener(.abort, id) }
        abortListener = nil
        switch result {
        case .success(let output): resolve(output)
        case .failure(let error): reject(error)
        }
    }
}

/// One worker of a pool and the task it runs (kept after an abort, until the handler returns).
final class PoolSlot<Task: Sendable, Output: Sendable> {
    let worker: Worker
    var current: PoolTask<Task, Output>?
    var isStopping = false
    /// The error the worker's run ended with, if any: what its running task rejects with.
    var lastError: (any Error)?
    /// The pool's `message` and `exit` listeners on the worker, removed when it exits.
    var listeners: [ListenerID] = []
    var errorListener: ListenerID?
    /// Stops a worker above the pool's minimum that stayed idle for the pool's idle timeout.
    var idleTimer: Timeout?

    init(worker: Worker) { self.worker = worker }

    var isIdle: Bool { current == nil && !isStopping }
}

extension WorkerPool {
    /// Starts one worker that answers `run` requests with the handler's result.
    func startSlot() -> PoolSlot<Task, Output> {
        let handler = self.handler
        let worker = Worker {
            guard let port = workerThreads.parentPort else { return }
            port.on(.message) { message in
                guard let request = message as? PoolRequest<Task> else { return }
                switch request {
                case .stop:
                    port.close()
                case .run(let id, let task):
                    let result: Result<Output, any Error>
                    do {
                        result = .success(try handler(task))
                    } catch let exit as ProcessExit {
                        // `process.exit` inside the handler ends the worker: that is a crash.
                        throw exit
                    } catch {
                        result = .failure(error)
                    }
                    port.postMessage(PoolResponse<Output>(id: id, result: result))
                }
            }
        }
        let slot = PoolSlot<Task, Output>(worker: worker)
        // The listeners hold the pool: a pool nobody else references lives while its workers
        // do, as piscina's does. `slotExited` removes them, which breaks the cycle.
        slot.listeners = [
            worker.on(.message) { [unowned slot] message in self.receive(message, from: slot) },
            worker.on(.exit) { [unowned slot] code in self.slotExited(slot, code: code) },
        ]
        slot.errorListener = worker.on(.error) { [unowned slot] error in slot.lastError = error }
        updateRef(slot)
        return slot
    }

    /// The workers not stopping.
    var workerCount: Int { slots.count { !$0.isStopping } }

    /// Starts workers, up to `maxThreads`, until every queued task has an idle worker to go to.
    func growForQueuedTasks() {
        var idle = slots.count { $0.isIdle }
        while queue.count - queueHead > idle, workerCount < maxThreads {
            slots.append(startSlot())
            idle += 1
        }
    }

    /// Hands queued tasks, oldest first, to idle workers.
    func dispatch() {
        while queueHead < queue.count, let slot = slots.first(where: \.isIdle) {
            let entry = queue[queueHead]
            queueHead += 1
            entry.startedAt = performance.now()
            clearTimeout(slot.idleTimer)
            slot.idleTimer = nil
            slot.current = entry
            slot.worker.postMessage(PoolRequest<Task>.run(id: entry.id, task: entry.task))
            updateRef(slot)
        }
        if queueHead == queue.count {
            queue.removeAll(keepingCapacity: true)
            queueHead = 0
        }
    }

    /// A worker's answer: settles its task (unless aborted) and frees the worker.
    func receive(_ message: any Sendable, from slot: PoolSlot<Task, Output>) {
        guard let response = message as? PoolResponse<Output>, let entry = slot.current, entry.id == response.id else {
            return
        }
        slot.current = nil
        if !entry.isSettled {
            completedCount += 1
            totalWait += entry.startedAt - entry.queuedAt
            entry.settle(response.result)
        }
        updateRef(slot)
        dispatch()
        if slot.isIdle { scheduleIdleStop(slot) }
        stopIdleWorkers()
    }

    /// Stops `slot`, idle and above the pool's minimum, once it has stayed idle for
    /// `idleTimeout` (at once for 0). The timer does not keep the loop alive.
    func scheduleIdleStop(_ slot: PoolSlot<Task, Output>) {
        guard state == .open, workerCount > minThreads, slot.idleTimer == nil else { return }
        guard idleTimeout > 0 else {
            stop(slot)
            return
        }
        slot.idleTimer = setTimeout(idleTimeout) { [weak self, unowned slot] in
            slot.idleTimer = nil
            guard let self, self.state == .open, slot.isIdle, self.workerCount > self.minThreads else { return }
            self.stop(slot)
        }.unref()
    }

    /// Asks an idle worker to finish: its loop ends and it exits with code 0.
    func stop(_ slot: PoolSlot<Task, Output>) {
        clearTimeout(slot.idleTimer)
        slot.idleTimer = nil
        slot.isStopping = true
        updateRef(slot)
        slot.worker.postMessage(PoolRequest<Task>.stop)
    }

    /// A task's signal was aborted: a queued task leaves the queue; a running one is dropped.
    func abort(_ entry: PoolTask<Task, Output>, reason: (any Error)?) {
        guard !entry.isSettled else { return }
        if let index = queue[queueHead...].firstIndex(where: { $0 === entry }) { queue.remove(at: index) }
        entry.settle(.failure(AbortError(cause: reason)))
        stopIdleWorkers()
    }

    /// A worker has exited: expected when it was stopping, a crash otherwise.
    func slotExited(_ slot: PoolSlot<Task, Output>, code: Int32) {
        guard let index = slots.firstIndex(where: { $0 === slot }) else { return }
        slots.remove(at: index)
        slot.worker.off(.message, slot.listeners[0])
        slot.worker.off(.exit, slot.listeners[1])
        if let errorListener = slot.errorListener { slot.worker.off(.error, errorListener) }
        if let entry = slot.current {
            slot.current = nil
            entry.settle(.failure(slot.lastError ?? WorkerPoolError.exited(code)))
        }
        clearTimeout(slot.idleTimer)
        slot.idleTimer = nil
        // A crashed worker is replaced while the pool is below its minimum or tasks wait.
        if !slot.isStopping, state != .destroyed, workerCount < minThreads || queue.count > queueHead {
            slots.append(startSlot())
            dispatch()
        }
        stopIdleWorkers()
    }

    /// While closing with nothing queued, asks every idle worker to stop; once all are gone,
    /// fulfils the `close` and `destroy` promises.
    func stopIdleWorkers() {
        if state == .closing, queueHead == queue.count {
            for slot in slots where slot.isIdle { stop(slot) }
        }
        guard state != .open, slots.isEmpty else { return }
        let waiters = closeWaiters
        closeWaiters = []
        for resolve in waiters { resolve() }
    }

    /// A worker keeps the loop alive while it runs a task (unless the pool is unref'd) and while
    /// it is stopping, so that `close` and `destroy` see every worker exit.
    func updateRef(_ slot: PoolSlot<Task, Output>) {
        if slot.isStopping || (isRefd && slot.current != nil) {
            slot.worker.ref()
        } else {
            slot.worker.unref()
        }
    }
}
