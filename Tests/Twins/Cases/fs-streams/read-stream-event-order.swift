import NodeLoop

let readStreamEventOrder = Twin("fs-streams/read-stream-event-order") {
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-fs-streams-")
    let file = dir + "/letters.txt"
    try fs.writeFileSync(file, "abcdefghij")
    let letters = try fs.createReadStream(file, highWaterMark: 4)
    console.log("made", letters.pending, letters.bytesRead, letters.path == file, letters.readableHighWaterMark)
    process.nextTick { console.log("tick") }
    letters.on(.open) { fd in console.log("open", fd == letters.fd, letters.pending) }
    letters.on(.ready) { console.log("ready") }
    letters.on(.data) { chunk in console.log("data", try chunk.toString(), letters.bytesRead) }
    letters.on(.end) { console.log("end", letters.bytesRead, letters.destroyed) }
    letters.on(.close) {
        console.log("close", letters.destroyed, letters.closed, letters.pending)
        try fs.rmSync(dir, recursive: true)
    }
}
