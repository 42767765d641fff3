import NodeLoop

let childStdioModes = Twin("child-process/stdio-modes") {
    let ignored = try childProcess.spawn("sh", ["-c", "echo lost; echo lost too >&2; exit 4"], stdio: .ignore)
    console.log("ignore streams", orNull(ignored.stdin), orNull(ignored.stdout), orNull(ignored.stderr))
    ignored.on(.close) { status in
        console.log("ignore close", orNull(status.code))
        console.log("before the inheriting child")
        let inheriting = try childProcess.spawn("sh", ["-c", "echo from the child"], stdio: .init(stdin: .ignore, stdout: .inherit, stderr: .inherit))
        inheriting.on(.close) { status in
            console.log("after the inheriting child", orNull(status.code), "streams", orNull(inheriting.stdin), orNull(inheriting.stdout))
            let mixed = try childProcess.spawn("sh", ["-c", "read line; echo \"got $line\""], stdio: .init(stdin: .pipe, stdout: .inherit, stderr: .ignore))
            mixed.stdin?.end("piped in\n")
            mixed.on(.close) { status in console.log("mixed close", orNull(status.code), orNull(mixed.stdout)) }
        }
    }
}
