import CLibUV

// Rules for a work request:
// - `body` runs once, on a pool thread. libuv then calls the after-work callback on the loop's
//   thread; the pool's mutex orders everything `body` wrote before that callback, so what it
//   writes (a `WorkOutcome`) needs no lock of its own.
// - The request retains itself (through `data`) from `uv_queue_work` until the after-work
//   callback, which libuv always calls: with status 0 after `body` ran, or `UV_ECANCELED` if
//   `uv_cancel` took it off the queue first.
// - While queued or running it is an active libuv request, so it keeps the loop alive.

/// One closure offloaded to libuv's thread pool (`uv_work_t`), reported back on the loop.
final class WorkRequest: @unchecked Sendable {
    private let request = UnsafeMutablePointer<uv_work_t>.allocate(capacity: 1)
    private let body: @Sendable () -> Void
    /// Loop thread only; nil once run or abandoned.
    private var completion: ((_ ran: Bool) throws -> Void)?
    private unowned let loop: EventLoop

    /// Queues `body`; `completion` runs on the loop as a macrotask, told whether `body` ran,
    /// unless ``abandon()`` was called first.
    init(loop: EventLoop, body: @escaping @Sendable () -> Void, completion: @escaping (_ ran: Bool) throws -> Void) {
        self.loop = loop
        self.body = body
        self.completion = completion
        request.pointee.data = Unmanaged.passRetained(self).toOpaque()
        let status = uv_queue_work(loop.uvLoop, request, { request in
            Unmanaged<WorkRequest>.fromOpaque(request!.pointee.data).takeUnretainedValue().body()
        }, { request, status in
            Unmanaged<WorkRequest>.fromOpaque(request!.pointee.data).takeRetainedValue().finish(ran: status == 0)
        })
        // `uv_queue_work` fails only without a work callback, and one is always given.
        precondition(status == 0, "NodeLoop: uv_queue_work refused a request: \(uvErrorName(status))")
    }

    deinit {
        request.deallocate()
    }

    /// Takes the work off the queue if no thread has picked it up yet; running work finishes.
    func cancel() {
        let base = UnsafeMutableRawPointer(request).assumingMemoryBound(to: uv_req_t.self)
        _ = uv_cancel(base)
    }

    /// Drops the completion: whatever the work gives is discarded.
    func abandon() {
        completion = nil
    }

    private func finish(ran: Bool) {
        guard let completion else { return }
        self.completion = nil
        loop.invoke { try completion(ran) }
    }
}

/// What a closure run on the pool gave: written on the pool thread, read on the loop's thread
/// after `WorkRequest`'s completion, which libuv orders after the write.
final class WorkOutcome<Output: Sendable>: @unchecked Sendable {
    var result: Result<Output, any Error>?
}
