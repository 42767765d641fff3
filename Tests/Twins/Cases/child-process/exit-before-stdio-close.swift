import NodeLoop

let exitBeforeStdioClose = Twin("child-process/exit-before-stdio-close") {
    let child = try childProcess.spawn("sh", ["-c", "echo early; (sleep 0.3; echo late) & sleep 0.1"],
                                       stdio: .init(stdin: .pipe, stdout: .pipe, stderr: .ignore))
    var text = ""
    child.stdout?.on(.data) { chunk in
        text += try chunk.toString()
        if child.exitCode != nil { console.log("data after exit", childJSON(try chunk.toString())) }
    }
    child.stdout?.on(.end) { console.log("stdout end") }
    child.stdout?.on(.close) { (hadError: Bool) in console.log("stdout close", hadError) }
    child.on(.exit) { status in
        console.log("exit", orNull(status.code), "output so far", childJSON(text), "stdout readable", orNull(child.stdout?.readable),
                    "stdin destroyed", orNull(child.stdin?.destroyed))
    }
    child.on(.close) { status in console.log("close", orNull(status.code), childJSON(text)) }
}
