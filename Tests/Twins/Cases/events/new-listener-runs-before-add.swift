import NodeLoop

fileprivate extension EventName where Payload == Void {
    static var job: Self { Self("job") }
}

let newListenerRunsBeforeAdd = Twin("events/new-listener-runs-before-add") {
    let emitter = EventEmitter()
    emitter.once(.newListener) { [unowned emitter] name in
        console.log("newListener", name, "count before", emitter.listenerCount(EventName<Void>(name)))
        if name == "job" { emitter.on(.job) { console.log("added inside newListener") } }
    }
    emitter.on(.job) { console.log("added by the caller") }
    try emitter.emit(.job)
    emitter.on(.removeListener) { [unowned emitter] name in
        console.log("removeListener", name, "count after", emitter.listenerCount(EventName<Void>(name)))
    }
    let extra = emitter.on(.job) {}
    emitter.off(.job, extra)
    emitter.off(.job, extra)
    console.log("count", emitter.listenerCount(.job))
}
