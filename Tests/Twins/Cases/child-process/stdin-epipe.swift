import NodeLoop

let childStdinEpipe = Twin("child-process/stdin-epipe") {
    let child = try childProcess.spawn("sh", ["-c", "exec 0<&-; echo ready; sleep 0.3; echo done"])
    var out = ""
    child.stdin?.on(.error) { error in
        let error = error as? NodeError
        console.log("stdin error", error?.code, error?.errno, error?.syscall, error?.message)
    }
    child.stdout?.on(.data) { chunk in
        out += try chunk.toString()
        if out == "ready\n" {
            child.stdin?.write("hello\n") { error in console.log("write callback", (error as? NodeError)?.code, error?.message) }
        }
    }
    child.on(.exit) { status in console.log("exit", orNull(status.code), childJSON(out)) }
    child.on(.close) { status in
        console.log("close", orNull(status.code))
        child.stdin?.write("late\n") { error in console.log("late write callback", (error as? NodeError)?.code, error?.message) }
        let cat = try childProcess.spawn("cat")
        cat.stdin?.on(.error) { error in console.log("cat stdin error", (error as? NodeError)?.code, error.message) }
        cat.stdin?.end("a\n")
        console.log("write after end returns", cat.stdin?.write("b\n") { error in console.log("cat write callback", (error as? NodeError)?.code) })
        cat.on(.close) { status in console.log("cat close", orNull(status.code)) }
    }
}
