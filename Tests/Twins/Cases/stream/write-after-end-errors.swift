import NodeLoop

let writeAfterEndErrors = Twin("stream/write-after-end-errors") {
    let writable = Writable<Buffer>(write: { _, _, _, callback in callback(nil) })
    writable.on(.error) { error in console.log("error", orNull((error as? NodeError)?.code), error.message) }
    writable.on(.finish) { console.log("finish") }
    writable.on(.close) { console.log("close") }
    writable.end()
    console.log("write returned", writable.write("late") { error in console.log("write cb", orNull((error as? NodeError)?.code)) })
    process.nextTick { console.log("tick") }
}
