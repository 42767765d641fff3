import NodeLoop

let stdoutDestroyWhileWriting = Twin("child-process/stdout-destroy-while-writing") {
    let child = try childProcess.spawn("sh", ["-c", "while :; do echo y; done"], stdio: .init(stdin: .ignore, stdout: .pipe, stderr: .ignore))
    guard let stdout = child.stdout else { return }
    stdout.once(.data) { _ in
        stdout.destroy()
        console.log("destroyed", stdout.destroyed, "readable", stdout.readable)
    }
    stdout.on(.end) { console.log("never: end") }
    stdout.on(.close) { (hadError: Bool) in console.log("stdout close", hadError, "readableEnded", stdout.readableEnded) }
    child.on(.exit) { status in console.log("exit", orNull(status.code), orNull(status.signal)) }
    child.on(.close) { status in console.log("close", orNull(status.code), orNull(status.signal)) }
}
