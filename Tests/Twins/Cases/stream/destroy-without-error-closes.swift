import NodeLoop

let destroyWithoutErrorCloses = Twin("stream/destroy-without-error-closes") {
    let readable = Readable<Buffer>(read: { _, _ in })
    readable.on(.close) { console.log("readable close") }
    readable.on(.end) { console.log("readable end") }
    readable.on(.error) { error in console.log("readable error", orNull((error as? NodeError)?.code)) }
    readable.destroy()
    console.log("push after destroy", readable.push("x"), readable.readableLength)
    let writable = Writable<Buffer>(write: { _, _, _, callback in callback(nil) })
    writable.on(.close) { console.log("writable close") }
    writable.on(.error) { error in console.log("writable error", orNull((error as? NodeError)?.code)) }
    writable.destroy()
    console.log("write after destroy", writable.write("x") { error in
        console.log("write cb", orNull((error as? NodeError)?.code), orNull(error?.message))
    })
}
