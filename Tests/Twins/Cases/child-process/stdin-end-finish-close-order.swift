import NodeLoop

let stdinEndFinishCloseOrder = Twin("child-process/stdin-end-finish-close-order") {
    let child = try childProcess.spawn("sh", ["-c", "cat; sleep 0.1"])
    guard let stdin = child.stdin, let stdout = child.stdout else { return }
    var stdinEvents: [String] = []
    var stdoutEvents: [String] = []
    var childEvents: [String] = []
    stdin.on(.finish) { stdinEvents.append("finish") }
    stdin.on(.close) { console.log("stdin", (stdinEvents + ["close"]).joined(separator: ", "), "| exitCode", orNull(child.exitCode)) }
    stdout.on(.data) { chunk in stdoutEvents.append("data " + childJSON(try chunk.toString())) }
    stdout.on(.end) { stdoutEvents.append("end") }
    child.on(.exit) { status in childEvents.append("exit \(orNull(status.code))") }
    child.on(.close) { status in
        childEvents.append("close \(orNull(status.code))")
        console.log("stdout", stdoutEvents.joined(separator: ", "))
        console.log("child", childEvents.joined(separator: ", "))
        console.log("destroyed", stdin.destroyed, stdout.destroyed)
    }
    stdin.end("bye\n") { _ in stdinEvents.append("end callback") }
    console.log("after end(): writableEnded", stdin.writableEnded, "writableFinished", stdin.writableFinished)
}
