import NodeLoop

fileprivate extension EventName where Payload == Void {
    static var job: Self { Self("job") }
}

let listenerThrowStopsEmit = Twin("events/listener-throw-stops-emit") {
    let emitter = EventEmitter()
    var calls = 0
    emitter.on(.job) { console.log("first") }
    emitter.on(.job) {
        calls += 1
        if calls == 1 { throw NodeError("listener failed") }
        console.log("second")
    }
    emitter.on(.job) { console.log("third") }
    do { try emitter.emit(.job) } catch { console.log("caught", error.message) }
    console.log("emit again", try emitter.emit(.job))
}
