import NodeLoop

let killErrors = Twin("process/kill-errors") {
    let missingPid: Int32 = .max // above any pid_max
    let attempts: [(String, () throws -> Bool)] = [
        ("unknown name", { try process.kill(process.pid, "SIGFOO") }),
        ("lower-case name", { try process.kill(process.pid, "sigterm") }),
        ("unknown number", { try process.kill(process.pid, 12345) }),
        ("signal 0 to self", { try process.kill(process.pid, 0) }),
        ("missing pid", { try process.kill(missingPid, "SIGTERM") }),
        ("missing pid, signal 0", { try process.kill(missingPid, 0) }),
    ]
    for (label, attempt) in attempts {
        do {
            console.log(label, "returned", try attempt())
        } catch let error as NodeError {
            console.log(label, "threw", error.name, error.code, error.message, error.errno, error.syscall)
        }
    }
}
