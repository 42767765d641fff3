import Testing
@testable import NodeLoop
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A child and its stdio sockets forget their listeners once they have emitted their last event
/// (`close` for the child and for each socket), so listeners that capture the child or its
/// sockets do not keep them and what the listeners capture alive; every listener still runs.
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

    @Test func stdioSocketsWhoseListenersCaptureThemAndTheChildAreFreedAfterClose() throws {
        weak var freedChild: ChildProcess?
        weak var freedStdin: Socket?
        weak var freedStdout: Socket?
        weak var freedStderr: Socket?
        var heard: [String] = []
        try runOnFreshLoop {
            let child = try childProcess.spawn("sh", ["-c", "cat; echo err >&2"])
            freedChild = child
            guard let stdin = child.stdin, let stdout = child.stdout, let stderr = child.stderr else { return }
            (freedStdin, freedStdout, freedStderr) = (stdin, stdout, stderr)
            stdout.on(.data) { chunk in heard.append("stdout \(try chunk.toString()) \(child.pid != nil) \(stdout.readable)") }
            stdout.on(.close) { heard.append("stdout close \(child.spawnargs.count) \(stdout.destroyed)") }
            stderr.on(.end) { heard.append("stderr end \(stderr.readableEnded) \(child.spawnfile)") }
            stdin.on(.close) { heard.append("stdin close \(stdin.destroyed) \(child.stdin === stdin)") }
            child.on(.close) { _ in _ = (child, stdin, stdout, stderr) }
            stdin.end("in\n")
        }
        #expect(heard.contains("stdout in\n true true"))
        #expect(heard.contains("stdout close 3 true"))
        #expect(heard.contains("stderr end true sh"))
        #expect(heard.contains("stdin close true true"))
        #expect(freedChild == nil)
        #expect(freedStdin == nil && freedStdout == nil && freedStderr == nil)
    }

    @Test func aStdoutDestroyedWhileTheChildWritesIsFreedWithTheChild() throws {
        weak var freedChild: ChildProcess?
        weak var freedStdout: Socket?
        var exit: ChildExit?
        try runOnFreshLoop {
            let child = try childProcess.spawn("sh", ["-c", "while :; do echo y; done"])
            freedChild = child
            freedStdout = child.stdout
            child.stdout?.once(.data) { _ in child.stdout?.destroy() }
            child.on(.close) { status in exit = status }
        }
        #expect(exit == ChildExit(code: nil, signal: "SIGPIPE"))
        #expect(freedChild == nil)
        #expect(freedStdout == nil)
    }

    @Test func twoChildrenPipedTogetherAreFreedAfterBothClose() throws {
        weak var freedWriter: ChildProcess?
        weak var freedReader: ChildProcess?
        var output = ""
        try runOnFreshLoop {
            let writer = try childProcess.spawn("printf", ["a\\nb\\n"])
            let reader = try childProcess.spawn("cat")
            freedWriter = writer
            freedReader = reader
            if let source = writer.stdout, let destination = reader.stdin { source.pipe(destination) }
            reader.stdout?.on(.data) { chunk in output += try chunk.toString() }
            reader.stdin?.on(.finish) { _ = (writer.stdout, reader.stdin) }
            writer.on(.close) { _ in _ = reader }
            reader.on(.close) { _ in _ = writer }
        }
        #expect(output == "a\nb\n")
        #expect(freedWriter == nil)
        #expect(freedReader == nil)
    }

    @Test func aChildStillRunningWhenItsLoopClosesIsFreedWithItsSockets() throws {
        weak var freedChild: ChildProcess?
        weak var freedStdout: Socket?
        var pid: Int32?
        let loop = EventLoop()
        loop.run {
            let child = try childProcess.spawn("sleep", ["1000"])
            freedChild = child
            freedStdout = child.stdout
            pid = child.pid
            child.on(.exit) { _ in _ = child }
            child.stdout?.on(.data) { _ in _ = (child, child.stdout) }
            child.stdin?.on(.close) { _ = child.stdin }
            setImmediate { loop.stop() }
        }
        try loop.close()
        if let pid {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        #expect(freedChild == nil)
        #expect(freedStdout == nil)
    }

    @Test func aChildThatCannotStartIsFreedAfterItsErrorAndClose() throws {
        weak var freed: ChildProcess?
        weak var freedStdout: Socket?
        var heard: [String] = []
        try runOnFreshLoop {
            let child = try childProcess.spawn("/nonexistent/nodeloop-program")
            freed = child
            freedStdout = child.stdout
            // The pipes were opened before exec failed: stdout ends at once, and closes.
            child.stdout?.on(.close) { _ = child.stdout }
            child.on(.error) { error in heard.append("error \((error as? NodeError)?.code ?? "?") \(child.spawnfile)") }
            child.on(.close) { status in heard.append("close \(status.code ?? 0) \(child.exitCode ?? 0)") }
        }
        #expect(heard == ["error ENOENT /nonexistent/nodeloop-program", "close -2 -2"])
        #expect(freed == nil)
        #expect(freedStdout == nil)
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
