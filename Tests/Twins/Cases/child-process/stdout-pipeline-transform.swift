import NodeLoop

let stdoutPipelineTransform = Twin("child-process/stdout-pipeline-transform") {
    let child = try childProcess.spawn("printf", ["alpha\\nbeta\\n"])
    guard let stdout = child.stdout else { return }
    let upper = Transform<Buffer, Buffer>(transform: { _, chunk, _, callback in
        callback(nil, try Buffer.from(chunk.toString().uppercased()))
    })
    var text = ""
    let sink = Writable<Buffer>(write: { _, chunk, _, callback in
        text += try chunk.toString()
        callback(nil)
    })
    stream.pipeline(stdout, upper, sink) { error in
        console.log("pipeline done", error.map { "\($0)" } ?? "undefined", childJSON(text))
    }
    child.on(.close) { status in console.log("close", orNull(status.code), "stdout destroyed", stdout.destroyed) }
}
