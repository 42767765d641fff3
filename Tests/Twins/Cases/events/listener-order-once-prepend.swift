import NodeLoop

fileprivate extension EventName where Payload == Int {
    static var tick: Self { Self("tick") }
    static var other: Self { Self("other") }
}

let listenerOrderOncePrepend = Twin("events/listener-order-once-prepend") {
    let emitter = EventEmitter()
    emitter.on(.newListener) { name in console.log("newListener", name) }
    emitter.on(.removeListener) { name in console.log("removeListener", name) }
    emitter.on(.tick) { n in console.log("first", n) }
    emitter.prependListener(.tick) { n in console.log("prepended", n) }
    emitter.once(.tick) { n in
        console.log("once", n)
        emitter.on(.tick) { n in console.log("added during emit", n) }
    }
    console.log("emit 1", try emitter.emit(.tick, 1))
    console.log("emit 2", try emitter.emit(.tick, 2))
    console.log("emit nobody", try emitter.emit(.other, 3))
    console.log("count", emitter.listenerCount(.tick), "names", emitter.eventNames())
    emitter.removeAllListeners(.tick)
    console.log("count after removeAll", emitter.listenerCount(.tick), "names", emitter.eventNames())
}
