import NodeLoop

let writeStreamDrainAfterFalse = Twin("fs-streams/write-stream-drain-after-false") {
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-fs-streams-")
    let file = dir + "/out.txt"
    let out = LoopBound(try fs.createWriteStream(file, highWaterMark: 16))
    console.log("hwm", out.value.writableHighWaterMark, out.value.pending)
    console.log("first", out.value.write("0123456789"), out.value.writableLength)
    console.log("second", out.value.write("abcdefghij"), out.value.writableLength, out.value.writableNeedDrain)
    out.value.on(.drain) { console.log("drain", out.value.writableLength, out.value.bytesWritten) }
    out.value.on(.finish) { console.log("finish", out.value.bytesWritten) }
    out.value.on(.close) {
        console.log("close", try fs.readFileSync(file, encoding: .utf8))
        try fs.rmSync(dir, recursive: true)
    }
    _ = Promise { () async throws in
        try await EventEmitter.once(out.value, .drain).value
        var falses = 0
        for line in 0..<50 where !out.value.write("line \(line)\n") {
            falses += 1
            try await EventEmitter.once(out.value, .drain).value
        }
        console.log("falses", falses, out.value.bytesWritten)
        out.value.end("end\n")
    }
}
