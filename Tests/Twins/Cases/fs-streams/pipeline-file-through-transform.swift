import NodeLoop

let pipelineFileThroughTransform = Twin("fs-streams/pipeline-file-through-transform") {
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-fs-streams-")
    let source = dir + "/source.txt"
    let target = dir + "/target.txt"
    try fs.writeFileSync(source, String(repeating: "line one\nline two\nline three\n", count: 1000))
    func upperCase() -> Transform<Buffer, Buffer> {
        Transform(transform: { _, chunk, _, callback in
            callback(nil, try Buffer.from(try chunk.toString().uppercased()))
        })
    }
    let out = try fs.createWriteStream(target)
    stream.pipeline(try fs.createReadStream(source, highWaterMark: 1000), upperCase(), out) { error in
        let text = try? fs.readFileSync(target, encoding: .utf8)
        let start = String((text ?? "").prefix(18)).replacing("\n", with: "|")
        console.log("done", error, out.closed, out.bytesWritten, text?.utf16.count, start)
        do {
            let broken = try fs.createWriteStream(dir + "/other.txt")
            stream.pipeline(try fs.createReadStream(dir + "/missing.txt"), upperCase(), broken) { error in
                console.log("failed", (error as? NodeError)?.code, broken.destroyed)
                try? fs.rmSync(dir, recursive: true)
            }
        } catch {
            console.log("unexpected", error)
        }
    }
}
