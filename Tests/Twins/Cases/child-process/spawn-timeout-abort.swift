import NodeLoop

let spawnTimeoutAbort = Twin("child-process/spawn-timeout-abort") {
    let timed = try childProcess.spawn("sleep", ["5"], timeout: 100)
    timed.on(.error) { error in console.log("never: timed error", error.name) }
    timed.on(.exit) { status in console.log("timed exit", orNull(status.code), orNull(status.signal), timed.killed) }
    timed.on(.close) { _ in
        let controller = AbortController()
        let aborted = try childProcess.spawn("sleep", ["5"], signal: controller.signal, killSignal: "SIGKILL")
        aborted.on(.error) { error in
            let error = error as? AbortError
            let sameReason = (error?.cause as? DOMException)?.name == (controller.signal.reason as? DOMException)?.name
            console.log("aborted error", error?.name, error?.code, error?.message, sameReason)
        }
        aborted.on(.exit) { status in console.log("aborted exit", orNull(status.code), orNull(status.signal), aborted.killed) }
        aborted.on(.close) { _ in
            let early = try childProcess.spawn("sleep", ["5"], signal: AbortSignal.abort())
            early.on(.error) { error in console.log("early error", error.name) }
            early.on(.exit) { status in console.log("early exit", orNull(status.code), orNull(status.signal)) }
            early.on(.close) { _ in
                let quick = try childProcess.spawn("sh", ["-c", "exit 0"], timeout: 5000)
                quick.on(.close) { status in console.log("quick close", orNull(status.code), "and no five-second wait") }
            }
            console.log("early spawned")
        }
        controller.abort()
        console.log("after abort()")
    }
    for (timeout, killSignal) in [(-5, "SIGTERM"), (0, "NOPE")] {
        do { _ = try childProcess.spawn("true", timeout: timeout, killSignal: killSignal) } catch let error as NodeError {
            console.log("thrown", error.name, error.code, error.message)
        }
    }
}
