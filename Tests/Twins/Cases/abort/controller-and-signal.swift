import NodeLoop

let abortControllerAndSignal = Twin("abort/controller-and-signal") {
    let controller = AbortController()
    let signal = controller.signal
    signal.addEventListener(.abort) { console.log("listener 1") }
    signal.onabort = { console.log("onabort") }
    signal.addEventListener(.abort, once: true) { console.log("once listener") }
    console.log("aborted before", signal.aborted)
    controller.abort()
    console.log("aborted after", signal.aborted, signal.reason?.name, signal.reason?.message, (signal.reason as? DOMException)?.code)
    controller.abort()
    let withReason = AbortController()
    withReason.abort(NodeError("why"))
    do {
        try withReason.signal.throwIfAborted()
    } catch {
        console.log("thrown", error.message)
    }
    console.log("static abort", AbortSignal.abort().aborted)
}
