import NodeLoop

let stdioAreSockets = Twin("child-process/stdio-are-sockets") {
    let child = try childProcess.spawn("cat", stdio: .init(stdin: .pipe, stdout: .pipe, stderr: .ignore))
    func show(_ name: String, _ socket: Socket?) {
        guard let socket else { return }
        console.log(name, "readable", socket.readable, "readableEnded", socket.readableEnded,
                    "writable", socket.writable, "writableEnded", socket.writableEnded, "writableFinished", socket.writableFinished,
                    "destroyed", socket.destroyed, "pending", socket.pending, "readableFlowing", orNull(socket.readableFlowing))
    }
    console.log("sockets", isSocket(child.stdin), isSocket(child.stdout), "stderr", orNull(child.stderr))
    console.log("allowHalfOpen", orNull(child.stdin?.allowHalfOpen), orNull(child.stdout?.allowHalfOpen),
                "high-water marks", orNull(child.stdin?.writableHighWaterMark), orNull(child.stdout?.readableHighWaterMark))
    show("stdin", child.stdin)
    show("stdout", child.stdout)
    var text = ""
    child.stdout?.on(.data) { chunk in text += try chunk.toString() }
    child.stdin?.end("echoed\n")
    child.on(.close) { status in
        console.log("close", orNull(status.code), childJSON(text))
        show("stdin", child.stdin)
        show("stdout", child.stdout)
    }
}
