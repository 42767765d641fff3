import NodeLoop

let writeCompletedAtOnce = Twin("stream/write-completed-at-once") {
    let bytes = Writable<Buffer>(highWaterMark: 1, write: { _, _, _, callback in callback(nil) })
    bytes.on(.drain) { console.log("bytes drain") }
    bytes.on(.finish) { console.log("bytes finish") }
    console.log("bytes write returned", bytes.write("abc"))
    process.nextTick { console.log("tick 1") }
    bytes.end { _ in console.log("bytes end callback") }
    process.nextTick { console.log("tick 2") }
    setImmediate {
        let objects = Writable<Int>(write: { _, _, _, callback in callback(nil) })
        objects.on(.finish) { console.log("objects finish") }
        console.log("objects write returned", objects.write(1))
        process.nextTick { console.log("tick 3") }
        objects.end { _ in console.log("objects end callback") }
        process.nextTick { console.log("tick 4") }
    }
}
