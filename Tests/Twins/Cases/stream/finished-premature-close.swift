import NodeLoop

let finishedPrematureClose = Twin("stream/finished-premature-close") {
    let complete = Readable<Buffer>(read: { _, _ in })
    stream.finished(complete) { error in console.log("complete:", error == nil ? "no error" : orNull((error as? NodeError)?.code)) }
    complete.on(.close) { console.log("complete close") }
    complete.resume()
    complete.push(nil)
    let cut = Readable<Buffer>(read: { _, _ in })
    stream.finished(cut) { error in console.log("cut:", orNull((error as? NodeError)?.code), orNull(error?.message)) }
    cut.destroy()
    let broken = Writable<Buffer>(write: { _, _, _, callback in callback(NodeError("disk full")) })
    broken.on(.error) { _ in }
    stream.finished(broken) { error in console.log("broken:", orNull(error?.message)) }
    broken.write("x")
}
