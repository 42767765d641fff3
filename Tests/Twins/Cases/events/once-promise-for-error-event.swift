import NodeLoop

let oncePromiseForErrorEvent = Twin("events/once-promise-for-error-event") {
    let emitter = EventEmitter()
    EventEmitter.once(emitter, .error).then { error in console.log("fulfilled with", error.message) }
    try emitter.emit(.error, NodeError("first"))
    let single = EventEmitter()
    single.once(.error) { error in console.log("handled", error.message) }
    try single.emit(.error, NodeError("one"))
    do { try single.emit(.error, NodeError("two")) } catch { console.log("thrown", error.message) }
    let aborted = AbortSignal.abort()
    let quiet = EventEmitter()
    EventEmitter.once(quiet, .ready, signal: aborted).catch { error -> Void in console.log("rejected", error.name, error.message) }
    console.log("listeners", quiet.listenerCount(.ready), quiet.listenerCount(.error))
}
