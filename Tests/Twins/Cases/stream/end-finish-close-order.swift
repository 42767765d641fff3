import NodeLoop

let endFinishCloseOrder = Twin("stream/end-finish-close-order") {
    let writable = Writable<Buffer>(write: { _, chunk, _, callback in
        console.log("_write", try chunk.toString())
        callback(nil)
    })
    writable.on(.finish) { console.log("finish", writable.writableFinished) }
    writable.on(.close) { console.log("close", writable.destroyed) }
    writable.write("one") { _ in console.log("cb one") }
    writable.end("two") { _ in console.log("end callback") }
    console.log("ended", writable.writableEnded, "finished", writable.writableFinished)
    process.nextTick { console.log("tick 1") }
    Promise.resolve().then { console.log("promise job") }
    setImmediate { console.log("immediate") }
}
