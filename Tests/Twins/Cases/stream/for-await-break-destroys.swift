import NodeLoop

let forAwaitBreakDestroys = Twin("stream/for-await-break-destroys") {
    var reads = 0
    let readable = LoopBound(Readable<Int>(read: { stream, _ in
        reads += 1
        stream.push(reads)
    }))
    readable.value.on(.end) { console.log("end") }
    readable.value.on(.close) { console.log("close, destroyed", readable.value.destroyed) }
    _ = Promise { () async throws in
        for try await value in readable.value {
            console.log("value", value)
            if value == 2 { break }
        }
        console.log("after loop, destroyed", readable.value.destroyed)
    }
}
