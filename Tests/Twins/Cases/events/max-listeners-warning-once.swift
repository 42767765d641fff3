import NodeLoop

fileprivate extension EventName where Payload == Void {
    static var busy: Self { Self("busy") }
    static var z: Self { Self("z") }
}

let maxListenersWarningOnce = Twin("events/max-listeners-warning-once") {
    process.on(.warning) { warning in console.log("warning", warning.name, "|", warning.message) }
    let emitter = EventEmitter()
    console.log("default", emitter.getMaxListeners())
    for _ in 0..<12 { emitter.on(.busy) {} }
    let strict = try EventEmitter().setMaxListeners(1)
    strict.on(.z) {}
    strict.on(.z) {}
    console.log("limits", strict.getMaxListeners())
}
