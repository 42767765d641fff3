import NodeLoop

let fromArrayForAwait = Twin("stream/from-array-for-await") {
    let readable = LoopBound(Readable.from([1, 2, 3]))
    console.log("objectMode", readable.value.readableObjectMode)
    readable.value.on(.close) { console.log("close") }
    _ = Promise { () async throws in
        for try await value in readable.value { console.log("value", value) }
        console.log("loop done, destroyed", readable.value.destroyed)
    }
}
