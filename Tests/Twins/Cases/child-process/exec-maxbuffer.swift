import NodeLoop

let execMaxBuffer = Twin("child-process/exec-maxbuffer") {
    func show(_ label: String) -> (any Error) -> Void {
        { error in
            guard let error = error as? ExecError else { return }
            console.log(label, error.name, error.code, childJSON(error.message), childJSON(error.cmd), childJSON(error.stdout), childJSON(error.stderr))
        }
    }
    _ = Promise { () async throws in
        _ = try await childProcess.exec("printf 0123456789", ExecOptions(maxBuffer: 4)).catch(show("stdout")).value
        _ = try await childProcess.execFile("sh", ["-c", "printf 0123 >&2"], ExecOptions(maxBuffer: 3)).catch(show("stderr")).value
        let exact = try await childProcess.exec("printf 0123", ExecOptions(maxBuffer: 4)).value
        console.log("exact", childJSON(exact.stdout))
        _ = try await childProcess.exec("printf x; sleep 5; printf y", ExecOptions(maxBuffer: 0)).catch(show("zero")).value
    }
}
