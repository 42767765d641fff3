import NodeLoop

fileprivate extension EventName where Payload == Int {
    static var chunk: Self { Self("data") }
}

let onIteratorAbortAfterWaiting = Twin("events/on-iterator-abort-after-waiting") {
    let stream = LoopBound(EventEmitter())
    let controller = AbortController()
    let signal = LoopBound(controller.signal)
    _ = Promise { () async throws in
        do {
            for try await chunk in EventEmitter.on(stream.value, .chunk, signal: signal.value) { console.log("chunk", chunk) }
        } catch let error as AbortError {
            console.log("aborted", error.name, error.code, "| listeners", stream.value.listenerCount(.chunk))
        }
        do {
            for try await chunk in EventEmitter.on(stream.value, .chunk, signal: signal.value) { console.log("never", chunk) }
        } catch {
            console.log("already aborted", error.name)
        }
    }
    setImmediate {
        try stream.value.emit(.chunk, 1)
        try stream.value.emit(.chunk, 2)
        controller.abort()
        try stream.value.emit(.chunk, 3)
    }
}
