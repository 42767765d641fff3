import NodeLoop

let execCommandFailed = Twin("child-process/exec-command-failed") {
    func show(_ label: String) -> (any Error) -> Void {
        { error in
            guard let error = error as? ExecError else { return }
            console.log(label, error.name, childJSON(error.message), orNull(error.exitCode), error.killed, orNull(error.signal),
                        childJSON(error.cmd), childJSON(error.stdout), childJSON(error.stderr))
        }
    }
    _ = Promise { () async throws in
        let ok = try await childProcess.exec("echo out; echo err >&2").value
        console.log("success", childJSON(ok.stdout), childJSON(ok.stderr))
        _ = try await childProcess.exec("echo out; echo err >&2; exit 2").catch(show("exec")).value
        _ = try await childProcess.execFile("sh", ["-c", "echo partial; exit 7"]).catch(show("execFile")).value
        _ = try await childProcess.exec("kill -TERM $$").catch(show("signal")).value
        _ = try await childProcess.execFile("no-such-program-here", ["x", "y"]).catch { error in
            guard let error = error as? ExecError else { return }
            console.log("missing", error.message, error.code, error.errno, error.syscall, error.path, error.spawnargs, childJSON(error.cmd), childJSON(error.stdout))
        }.value
        try childProcess.execFile("sh", ["-c", "printf \"a b\"; exit 3"]) { error, stdout, stderr in
            console.log("callback", orNull(error?.exitCode), childJSON(stdout), childJSON(stderr))
            try childProcess.exec("printf done") { error, stdout, _ in console.log("callback", orNull(error), childJSON(stdout)) }
        }
    }
}
