import NodeLoop

fileprivate extension EventName where Payload == Int {
    static var readyNumber: Self { Self("ready") }
    static var numbers: Self { Self("data") }
}

let oncePromiseAndOnIterator = Twin("events/once-promise-and-on-iterator") {
    let emitter = EventEmitter()
    EventEmitter.once(emitter, .readyNumber).then { value in console.log("once fulfilled", value) }
    try emitter.emit(.readyNumber, 42)
    let failing = EventEmitter()
    EventEmitter.once(failing, .readyNumber).catch { error -> Void in console.log("once rejected", error.message) }
    try failing.emit(.error, NodeError("broken"))
    let controller = AbortController()
    EventEmitter.once(EventEmitter(), .readyNumber, signal: controller.signal).catch { error -> Void in
        console.log("once aborted", error.name, (error as? AbortError)?.code)
    }
    controller.abort()
    let stream = LoopBound(EventEmitter())
    _ = Promise { () async throws in
        do {
            for try await value in EventEmitter.on(stream.value, .numbers) { console.log("data", value) }
        } catch {
            console.log("iteration ended", error.message)
        }
        console.log("listeners left", stream.value.listenerCount(.numbers), stream.value.listenerCount(.error))
    }
    setImmediate {
        try stream.value.emit(.numbers, 1)
        try stream.value.emit(.numbers, 2)
        setImmediate {
            try stream.value.emit(.numbers, 3)
            try stream.value.emit(.error, NodeError("stream failed"))
        }
    }
}
