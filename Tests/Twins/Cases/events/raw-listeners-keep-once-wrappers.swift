import NodeLoop

fileprivate extension EventName where Payload == String {
    static var job: Self { Self("job") }
}

let rawListenersKeepOnceWrappers = Twin("events/raw-listeners-keep-once-wrappers") {
    let emitter = EventEmitter()
    emitter.on(.removeListener) { name in console.log("removeListener", name) }
    emitter.once(.job) { n in console.log("once called", n) }
    emitter.on(.job) { n in console.log("on called", n) }
    console.log("lengths", emitter.listeners(.job).count, emitter.rawListeners(.job).count)
    try emitter.listeners(.job)[0]("bare")
    console.log("after bare call", emitter.listenerCount(.job))
    let wrapper = emitter.rawListeners(.job)[0]
    try wrapper("wrapped")
    console.log("after wrapper call", emitter.listenerCount(.job))
    try wrapper("wrapped again")
    try emitter.emit(.job, "emitted")
}
