import NodeLoop

fileprivate extension EventName where Payload == Int {
    static var tick: Self { Self("tick") }
}

let removalDuringEmitKeepsThatEmit = Twin("events/removal-during-emit-keeps-that-emit") {
    let emitter = EventEmitter()
    var second: ListenerID?
    var selfRemoving: ListenerID?
    emitter.on(.tick) { [unowned emitter] n in
        console.log("first", n)
        if let second { emitter.off(.tick, second) }
    }
    second = emitter.on(.tick) { n in console.log("second", n) }
    selfRemoving = emitter.on(.tick) { [unowned emitter] n in
        console.log("self-removing", n)
        if let selfRemoving { emitter.off(.tick, selfRemoving) }
    }
    try emitter.emit(.tick, 1)
    try emitter.emit(.tick, 2)
    console.log("left", emitter.listenerCount(.tick))
}
