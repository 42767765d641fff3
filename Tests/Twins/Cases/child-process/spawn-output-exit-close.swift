import NodeLoop

let spawnOutputExitClose = Twin("child-process/spawn-output-exit-close") {
    let child = try childProcess.spawn("sh", ["-c", "echo out; echo err 1>&2; exit 3"])
    console.log("spawnfile", child.spawnfile, "spawnargs", child.spawnargs)
    var stdout = ""
    var stderr = ""
    child.on(.spawn) { console.log("spawn") }
    child.stdout?.on(.data) { chunk in stdout += try chunk.toString() }
    child.stderr?.on(.data) { chunk in stderr += try chunk.toString() }
    child.on(.exit) { status in console.log("exit", status.code, status.signal ?? "null") }
    child.on(.close) { status in
        console.log("close", status.code, status.signal ?? "null", childJSON(stdout), childJSON(stderr))
        let missing = try childProcess.spawn("no-such-program-here", ["a"])
        missing.on(.error) { error in
            let error = error as? NodeError
            console.log("error", error?.code, error?.errno, error?.syscall, error?.path, error?.message, "exitCode", missing.exitCode)
        }
        missing.on(.exit) { _ in console.log("never: exit") }
        missing.on(.close) { status in console.log("missing close", status.code) }
    }
    do { _ = try childProcess.spawn("ls\0x") } catch let error as NodeError { console.log("thrown", error.code, error.message) }
}

