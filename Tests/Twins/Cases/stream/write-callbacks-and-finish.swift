import NodeLoop

let writeCallbacksAndFinish = Twin("stream/write-callbacks-and-finish") {
    let writable = Writable<String>(write: { _, chunk, encoding, callback in
        console.log("_write", "string", chunk, encoding)
        callback(nil)
    })
    writable.on(.finish) { console.log("finish") }
    writable.on(.close) { console.log("close") }
    writable.write("a") { _ in console.log("cb a") }
    writable.write("b") { _ in console.log("cb b") }
    writable.end { _ in console.log("end cb") }
    process.nextTick { console.log("tick") }
}
