import NodeLoop

let execAbort = Twin("child-process/exec-abort") {
    let controller = AbortController()
    let child = try childProcess.exec("echo started; sleep 5", ExecOptions(killSignal: "SIGKILL", signal: controller.signal)) { error, stdout, _ in
        guard let error else { return }
        let sameReason = (error.cause as? DOMException)?.name == (controller.signal.reason as? DOMException)?.name
        console.log("callback", error.name, error.code, error.message, sameReason, childJSON(error.cmd), childJSON(stdout))
    }
    child.stdout?.once(.data) { _ in
        controller.abort()
        console.log("after abort()")
        child.on(.exit) { status in
            console.log("child exit", orNull(status.code), orNull(status.signal))
            try childProcess.execFile("sh", ["-c", "echo never"], ExecOptions(signal: AbortSignal.abort())) { error, stdout, _ in
                console.log("pre-aborted", error?.name, error?.code, childJSON(stdout))
            }
            console.log("pre-aborted started")
        }
    }
    for options in [ExecOptions(killSignal: "SIGNOPE"), ExecOptions(timeout: -1), ExecOptions(maxBuffer: -1)] {
        do { try childProcess.exec("true", options) { _, _, _ in } } catch let error as NodeError { console.log("thrown", error.name, error.code, error.message) }
    }
}
