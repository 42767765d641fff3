import NodeLoop

fileprivate extension EventName where Payload == String {
    static var chunk: Self { Self("data") }
}

fileprivate extension EventName where Payload == Void {
    static var end: Self { Self("end") }
}

let onIteratorCloseEvent = Twin("events/on-iterator-close-event") {
    let stream = LoopBound(EventEmitter())
    _ = Promise { () async throws in
        for try await chunk in EventEmitter.on(stream.value, .chunk, close: ["end", "finish"]) {
            console.log("chunk", chunk)
        }
        console.log(
            "ended; listeners", stream.value.listenerCount(.chunk), stream.value.listenerCount(.end),
            stream.value.listenerCount(.error)
        )
    }
    setImmediate {
        try stream.value.emit(.chunk, "a")
        try stream.value.emit(.chunk, "b")
        try stream.value.emit(.end)
        try stream.value.emit(.chunk, "c")
    }
}
