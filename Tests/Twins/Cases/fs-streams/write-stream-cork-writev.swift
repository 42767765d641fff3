import NodeLoop

let writeStreamCorkWritev = Twin("fs-streams/write-stream-cork-writev") {
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-fs-streams-")
    let file = dir + "/out.txt"
    let out = try fs.createWriteStream(file)
    for chunk in ["a", "bb", "ccc"] {
        out.write(chunk) { [unowned out] _ in console.log("opening write", chunk, out.bytesWritten) }
    }
    console.log("waiting", out.writableLength, out.pending)
    out.on(.open) { _ in console.log("open") }
    out.on(.ready) { [unowned out] in
        console.log("ready")
        setImmediate {
            out.cork()
            for chunk in ["d", "ee"] {
                out.write(chunk) { _ in console.log("corked write", chunk, out.bytesWritten) }
            }
            console.log("corked", out.writableCorked, out.writableLength)
            process.nextTick { out.uncork() }
            out.end { _ in console.log("end callback", out.bytesWritten) }
        }
    }
    out.on(.finish) { console.log("finish") }
    out.on(.close) {
        console.log("close", try fs.readFileSync(file, encoding: .utf8))
        try fs.rmSync(dir, recursive: true)
    }
}
