import NodeLoop

let intervalAbortRejectsPendingStep = Twin("abort/interval-abort-rejects-pending-step") {
    // Shared by the async body and the timer callback, both on the loop's thread.
    let controller = LoopBound(AbortController())
    _ = Promise { () async throws in
        do {
            for try await value in timers.promises.setInterval(100, "tick", signal: controller.value.signal) {
                console.log(value)
            }
        } catch let error as AbortError {
            console.log("caught", error.name, error.code, error.cause?.message)
        }
    }
    setTimeout(250) { controller.value.abort(NodeError("enough")) }
    _ = Promise { () async throws in
        do {
            for try await value in timers.promises.setInterval(10, "never", signal: AbortSignal.abort()) {
                console.log(value)
            }
        } catch {
            console.log("already aborted", error.name)
        }
    }
}
