import Testing
@testable import NodeLoop

/// A child and its stdio streams forget their listeners once they have emitted their last event
/// (`close` for the child, the pipe closed for a stream), so listeners that capture the child
/// do not keep it, its streams and what the listeners capture alive; every listener still runs.
@Suite struct ChildProcessLifetimeTests {
    @Test func aChildWhoseListenersCaptureItIsFreedAfterCloseAndEveryListenerRuns() throws {
        weak var freedChild: ChildProcess?
        weak var freedOutput: Socket?
        weak var freedInput: Socket?
        weak var freedPayload: Captured?
        var heard: [String] = []
        try runOnFreshLoop {
            let payload = Captured()
            freedPayload = payload
            let child = try childProcess.spawn("sh", ["-c", "cat; echo out; echo err >&2"])
            freedChild = child
            freedOutput = child.stdout
            freedInput = child.stdin
            child.on(.spawn) { _ = child.pid }
            child.on(.exit) { _ in heard.append("exit \(child.exitCode ?? -1)") }
            child.on(.close) { _ in
                _ = payload
                heard.append("close \(child.pid != nil)")
            }
            child.on(.close) { _ in heard.append("second close listener") }
            child.stdout?.on(.data) { chunk in heard.append("stdout \(try chunk.toString())") }
            child.stdout?.on(.end) { _ = child.stdout }
            child.stderr?.on(.data) { _ in _ = child.stderr }
            child.stdin?.on(.finish) { heard.append("stdin finish \(child.stdin?.writableFinished == true)") }
            child.stdin?.end("in\n")
        }
        #expect(heard.contains("stdin finish true"))
        #expect(heard.contains("stdout in\nout\n") || heard.contains("stdout in\n"))
        #expect(heard.contains("exit 0"))
        #expect(Array(heard.suffix(2)) == ["close true", "second close listener"])
        #expect(freedChild == nil)
        #expect(freedOutput == nil)
        #expect(freedInput == nil)
        #expect(freedPayload == nil)
    }

    @Test func aChildThatCannotStartIsFreedAfterItsErrorAndClose() throws {
        weak var freed: ChildProcess?
        var heard: [String] = []
        try runOnFreshLoop {
            let child = try childProcess.spawn("/nonexistent/nodeloop-program")
            freed = child
            child.on(.error) { error in heard.append("error \((error as? NodeError)?.code ?? "?") \(child.spawnfile)") }
            child.on(.close) { status in heard.append("close \(status.code ?? 0) \(child.exitCode ?? 0)") }
        }
        #expect(heard == ["error ENOENT /nonexistent/nodeloop-program", "close -2 -2"])
        #expect(freed == nil)
    }

    @Test func aChildRunByExecWhoseCallbackCapturesItIsFreed() throws {
        weak var freed: ChildProcess?
        var output = ""
        try runOnFreshLoop {
            var child: ChildProcess?
            child = try childProcess.exec("echo done") { _, stdout, _ in output = "\(stdout) \(child?.exitCode ?? -1)" }
            freed = child
        }
        #expect(output == "done\n 0")
        #expect(freed == nil)
    }
}
