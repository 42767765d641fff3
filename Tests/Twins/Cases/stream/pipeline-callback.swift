import NodeLoop

let pipelineCallback = Twin("stream/pipeline-callback") {
    var got: [String] = []
    stream.pipeline(
        Readable.from(["a", "b", "c"]),
        Transform<String, String>(transform: { _, chunk, _, callback in callback(nil, chunk + chunk) }),
        Writable<String>(write: { _, chunk, _, callback in
            got.append(chunk)
            callback(nil)
        }),
        { error in console.log("first pipeline done", error == nil ? "no error" : error!.message, got.joined(separator: ",")) }
    )
    let source = Readable<Buffer>(read: { _, _ in })
    let failing = Transform<Buffer, Buffer>(transform: { _, _, _, callback in callback(NodeError("bad chunk"), nil) })
    let sink = Writable<Buffer>(write: { _, _, _, callback in callback(nil) })
    source.on(.close) { console.log("source closed", source.destroyed) }
    sink.on(.close) { console.log("sink closed", sink.destroyed) }
    stream.pipeline(source, failing, sink) { error in console.log("second pipeline failed:", orNull(error?.message)) }
    source.push("x")
}
