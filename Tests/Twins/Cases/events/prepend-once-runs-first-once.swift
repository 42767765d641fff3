import NodeLoop

fileprivate extension EventName where Payload == Int {
    static var job: Self { Self("job") }
}

let prependOnceRunsFirstOnce = Twin("events/prepend-once-runs-first-once") {
    let emitter = EventEmitter()
    emitter.on(.job) { n in console.log("on", n) }
    emitter.prependOnceListener(.job) { n in console.log("prepended once A", n) }
    emitter.prependOnceListener(.job) { n in console.log("prepended once B", n) }
    emitter.prependListener(.job) { n in console.log("prepended", n) }
    try emitter.emit(.job, 1)
    try emitter.emit(.job, 2)
    console.log("count", emitter.listenerCount(.job))
}
