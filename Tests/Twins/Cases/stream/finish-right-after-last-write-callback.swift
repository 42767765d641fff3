import NodeLoop

let finishRightAfterLastWriteCallback = Twin("stream/finish-right-after-last-write-callback") {
    let w = Writable<Buffer>(write: { _, _, _, callback in
        setImmediate {
            callback(nil)
            process.nextTick { console.log("tick queued by the completion") }
        }
    })
    w.on(.finish) { console.log("finish") }
    w.write("a") { _ in console.log("write callback") }
    w.end("b")
}
