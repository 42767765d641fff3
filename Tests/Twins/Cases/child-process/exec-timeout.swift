import NodeLoop

let execTimeout = Twin("child-process/exec-timeout") {
    func show(_ label: String) -> (any Error) -> Void {
        { error in
            guard let error = error as? ExecError else { return }
            console.log(label, error.name, childJSON(error.message), orNull(error.exitCode), error.killed, orNull(error.signal), childJSON(error.stdout))
        }
    }
    _ = Promise { () async throws in
        _ = try await childProcess.exec("echo started; sleep 5", ExecOptions(timeout: 500)).catch(show("SIGTERM")).value
        _ = try await childProcess.exec("sleep 5", ExecOptions(timeout: 100, killSignal: "SIGKILL")).catch(show("SIGKILL")).value
        let quick = try await childProcess.exec("echo quick", ExecOptions(timeout: 5000)).value
        console.log("in time", childJSON(quick.stdout))
    }
}
