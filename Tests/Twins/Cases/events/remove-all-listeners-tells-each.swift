import NodeLoop

fileprivate extension EventName where Payload == Void {
    static var job: Self { Self("job") }
    static var other: Self { Self("other") }
}

let removeAllListenersTellsEach = Twin("events/remove-all-listeners-tells-each") {
    let emitter = EventEmitter()
    var removed: [String] = []
    emitter.on(.removeListener) { name in removed.append(name) }
    for _ in 0..<3 { emitter.on(.job) {} }
    emitter.on(.other) {}
    emitter.removeAllListeners(.job)
    console.log("by name", removed.joined(separator: " "), "| names", emitter.eventNames())
    removed.removeAll()
    emitter.on(.job) {}
    emitter.on(.job) {}
    emitter.removeAllListeners()
    console.log("all", removed.joined(separator: " "), "| names", emitter.eventNames())
}
