import NodeLoop

let pipelinePromise = Twin("stream/pipeline-promise") {
    var chunks: [String] = []
    let sink = Writable<String>(objectMode: true, write: { _, chunk, _, callback in
        chunks.append(chunk)
        callback(nil)
    })
    stream.promises.pipeline(Readable.from(["p", "q"]), PassThrough<String>(objectMode: true), sink)
        .then { console.log("fulfilled", chunks.joined()) }
    let failing = Readable<Buffer>(read: { stream, _ in stream.destroy(NodeError("source failed")) })
    stream.promises.pipeline(failing, PassThrough<Buffer>()).catch { error in console.log("rejected", error.message) }
    let done = PassThrough<Buffer>()
    stream.promises.finished(done).then { console.log("finished promise fulfilled") }
    done.end("z")
    done.resume()
}
