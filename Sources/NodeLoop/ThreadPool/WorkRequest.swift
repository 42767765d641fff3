import CLibUV

// Rules for a work request:
// - `body` runs once, on a pool thread. libuv then calls the after-work callback on the loop's
//   thread; the pool's mutex orders everything `body` wrote before that callback, so what it
//   writes (`output`, `error`) needs no lock of its own.
// - The request retains itself (through `data`) from `uv_queue_work` until the after-work
//   callback, which libuv always calls: with status 0 after `body` ran, or `UV_ECANCELED` if
//   `uv_cancel` took it off the queue first.
// - Its `uv_work_t` is embedded at the end of the object (`EmbeddedRequest`).
// - While queued or running it is an active libuv request, so it keeps the loop alive; the loop
//   cannot close before the after-work callback, so the request holds it `unowned(unsafe)`.
// - Its completion runs once: from the after-work callback, or at once from the abort listener
//   when its signal aborts first, after which whatever the work gives is dropped. Without a
//   signal there is no listener at all.

/// How a work request ends, on the loop: with what its body returned, or the error it threw
/// or that aborted it.
typealias WorkCompletion = (_ output: (any Sendable)?, _ error: (any Error)?) throws -> Void

/// What a ``WorkRequest`` holds besides its `uv_work_t`.
struct WorkRequestState {
    let body: @Sendable () throws -> any Sendable
    /// What `body` returned or threw, both nil until it ran. Two fields rather than a
    /// `Result`: copying an optional `Result` of existentials goes through the runtime's enum
    /// functions, hundreds of instructions a copy.
    var output: (any Sendable)?
    var error: (any Error)?
    /// Loop thread only; nil once it ran.
    var completion: WorkCompletion?
    /// The signal that can abort the request and the listener added to it; loop thread only.
    var abortListener: (signal: AbortSignal, id: ListenerID)?
    unowned(unsafe) let loop: EventLoop
}

/// One closure offloaded to libuv's thread pool (`uv_work_t`), reported back on the loop.
final class WorkRequest: EmbeddedRequest<WorkRequestState, uv_work_t> {
    /// Queues `body` on `loop`'s pool; `completion` runs on the loop as a macrotask, with what
    /// `body` returned or threw, or with an ``AbortError`` if it was taken off the queue.
    static func start(
        on loop: EventLoop, body: @escaping @Sendable () throws -> any Sendable, completion: @escaping WorkCompletion
    ) -> WorkRequest {
        let item = make(WorkRequestState(body: body, completion: completion, loop: loop))
        let status = item.submit { work in
            uv_queue_work(loop.uvLoop, work, { work in WorkRequest.inFlight(work).run() }) { work, status in
                WorkRequest.completed(work).finish(ran: status == 0)
            }
        }
        // `uv_queue_work` fails only without a work callback, and one is always given.
        precondition(status == 0, "NodeLoop: uv_queue_work refused a request: \(uvErrorName(status))")
        return item
    }

    /// Lets `signal` abort the request: the completion then runs at once with an
    /// ``AbortError`` whose cause is the signal's reason; work still queued is taken off the
    /// queue and never runs, work already running finishes and its result is dropped.
    func abort(on signal: AbortSignal) {
        let id = signal.addEventListener(.abort, once: true) { [unowned signal] in
            try self.abort(reason: signal.reason)
        }
        state.pointee.abortListener = (signal, id)
    }

    /// On the pool thread.
    private func run() {
        do {
            state.pointee.output = try state.pointee.body()
        } catch {
            state.pointee.error = error
        }
    }

    private func abort(reason: (any Error)?) throws {
        state.pointee.abortListener = nil
        _ = uv_cancel(UnsafeMutableRawPointer(request).assumingMemoryBound(to: uv_req_t.self))
        guard let completion = state.pointee.completion else { return }
        state.pointee.completion = nil
        try completion(nil, AbortError(cause: reason))
    }

    /// The after-work callback: status 0 once `body` ran, `UV_ECANCELED` if it was taken off
    /// the queue, which only an abort does.
    private func finish(ran: Bool) {
        if let listener = state.pointee.abortListener {
            listener.signal.removeEventListener(.abort, listener.id)
            state.pointee.abortListener = nil
        }
        guard let completion = state.pointee.completion else { return }
        state.pointee.completion = nil
        // Moved out, not copied: a copy of an existential is a call through its type's witnesses.
        let output = state.pointee.output.take()
        let error = ran ? state.pointee.error.take() : AbortError()
        state.pointee.loop.invoke { try completion(output, error) }
    }
}
