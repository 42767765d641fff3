import NodeLoop

let timersPromisesAbort = Twin("abort/timers-promises-abort") {
    let promises = timers.promises
    let controller = AbortController()
    promises.setTimeout(100, "value", signal: controller.signal).then(
        { value in console.log("fulfilled", value) },
        { error in console.log("rejected", error.name, (error as? AbortError)?.code, error.message, (error as? AbortError)?.cause?.message) })
    controller.abort(NodeError("stop"))
    promises.setTimeout(10, "x", signal: AbortSignal.abort()).catch { error in console.log("already aborted", error.name, (error as? AbortError)?.cause?.name) }
    promises.setTimeout(100, "slept").then { value in console.log(value) }
    promises.setImmediate("immediate").then { value in console.log(value) }
    let timeout = AbortSignal.timeout(200)
    timeout.onabort = { console.log("timeout", timeout.reason?.name, timeout.reason?.message) }
    let either = AbortSignal.any([AbortController().signal, timeout])
    either.onabort = { console.log("any", either.reason?.name) }
    promises.setTimeout(300).then { console.log("done") }
}
