import NodeLoop

let stdinWriteFalseDrain = Twin("child-process/stdin-write-false-drain") {
    let child = try childProcess.spawn("sh", ["-c", "sleep 0.2; exec cat"])
    guard let stdin = child.stdin else { return }
    var received = 0
    child.stdout?.on(.data) { chunk in received += chunk.count }
    let accepted = stdin.write(Buffer(repeatElement(UInt8(ascii: "x"), count: 1024 * 1024))) { error in
        console.log("write callback", orNull(error))
    }
    console.log("write returns", accepted, "writableLength", stdin.writableLength, "writableNeedDrain", stdin.writableNeedDrain)
    stdin.on(.drain) {
        console.log("drain, writableLength", stdin.writableLength)
        stdin.end()
    }
    stdin.on(.finish) { console.log("stdin finish") }
    stdin.on(.close) { console.log("stdin close") }
    child.on(.close) { status in console.log("close", orNull(status.code), "received", received) }
}
