import Testing
@testable import NodeLoop
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the twins cannot show: many children at once, failures nobody listens for, large
/// writes, and that every child is reaped and every handle closed (`loop.close()` throws
/// otherwise). Each test runs a fresh loop and closes it.
@Suite struct ChildProcessTests {
    @Test func fiftyChildrenAtOnceAllCloseWithTheirCodesAndNoneIsLeftUnreaped() throws {
        let loop = EventLoop()
        var codes: [Int: Int32] = [:]
        var pids: [Int32] = []
        loop.run {
            for index in 0..<50 {
                let child = try childProcess.spawn("sh", ["-c", "echo \(index); exit \(index % 7)"])
                if let pid = child.pid { pids.append(pid) }
                var out = ""
                child.stdout?.on(.data) { chunk in out += try chunk.toString() }
                child.on(.close) { status in
                    #expect(out == "\(index)\n")
                    codes[index] = status.code
                }
            }
        }
        #expect(pids.count == 50)
        #expect(codes.count == 50)
        #expect(codes.allSatisfy { $0.value == Int32($0.key % 7) })
        for pid in pids {
            // libuv has waited for each child: none remains as a zombie of this process.
            var status: Int32 = 0
            #expect(waitpid(pid, &status, WNOHANG) == -1 && errno == ECHILD)
        }
        try loop.close()
    }

    // Node does not wait for its children when it exits: they run on. A loop closed while a
    // child runs must not wait either (libuv would, for the child's exit and its pipes' end).
    // The loop runs on a thread of its own so that a hang fails the test instead of blocking it.
    @Test func closingTheLoopWhileAChildRunsReturnsAtOnceAndLeavesTheChildRunning() throws {
        struct Outcome: Sendable {
            var pid: Int32?
            var closed = false
            var error: String?
        }
        let outcome = Locked(Outcome())
        startThread {
            let loop = EventLoop()
            loop.run {
                let child = try childProcess.spawn("sleep", ["1000"])
                outcome.withLock { $0.pid = child.pid }
                child.stdout?.on(.data) { _ in }
                setImmediate { loop.stop() }
            }
            do { try loop.close() } catch { outcome.withLock { $0.error = "\(error)" } }
            outcome.withLock { $0.closed = true }
        }
        for _ in 0..<1_000 where !outcome.withLock({ $0.closed }) { usleep(10_000) }
        let result = outcome.withLock { $0 }
        let pid = try #require(result.pid)
        let stillRunning = kill(pid, 0) == 0
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        #expect(result.closed, "loop.close() did not return within 10 s")
        #expect(result.error == nil)
        #expect(stillRunning)
    }

    @Test func aChildNobodyKeepsStillReportsClose() throws {
        let loop = EventLoop()
        var closed = 0
        loop.run {
            try childProcess.spawn("sh", ["-c", "exit 5"]).on(.close) { status in
                #expect(status.code == 5)
                closed += 1
            }
        }
        #expect(closed == 1)
        try loop.close()
    }

    @Test func aClosedChildIsFreedWhetherSpawnedOrRunByExec() throws {
        let loop = EventLoop()
        weak var spawned: ChildProcess?
        weak var executed: ChildProcess?
        weak var input: Socket?
        loop.run {
            let child = try childProcess.spawn("sh", ["-c", "echo spawned"], signal: AbortController().signal, timeout: 60_000)
            child.on(.close) { _ in }
            spawned = child
            input = child.stdin
            executed = try childProcess.exec("echo executed", ExecOptions(timeout: 60_000, signal: AbortController().signal)) { _, _, _ in }
        }
        #expect(spawned == nil)
        #expect(executed == nil)
        #expect(input == nil)
        try loop.close()
    }

    // A process forked at the same moment by another test's thread holds a copy of a new
    // pipe's read end until it execs; meanwhile writes to the pipe succeed. So the EPIPE tests
    // keep their child alive and write until the failure comes, then end the child.

    @Test func anUnheardEPIPEIsAnUncaughtExceptionAndTheProcessLivesOn() throws {
        let loop = EventLoop()
        var uncaught: [String] = []
        var exit: ChildExit?
        let code = loop.run {
            let child = try childProcess.spawn("sh", ["-c", "exec 0<&-; echo ready; exec sleep 10"])
            process.on(.uncaughtException) { error, _ in
                uncaught.append((error as? NodeError)?.code ?? "?")
                try child.kill()
            }
            child.stdout?.on(.data) { _ in
                let writer = setInterval(20) { child.stdin?.write("nobody reads this\n") }
                child.on(.exit) { _ in clearInterval(writer) }
                child.stdin?.write("nobody reads this\n")
            }
            child.on(.close) { status in exit = status }
        }
        #expect(code == 0)
        #expect(uncaught == ["EPIPE"])
        #expect(exit == ChildExit(code: nil, signal: "SIGTERM"))
        try loop.close()
    }

    @Test func aMegabyteWrittenToAChildThatReadsThreeBytesFailsOnceWithEPIPE() throws {
        let loop = EventLoop()
        var errors: [String] = []
        var callbacks: [String] = []
        var out = ""
        loop.run {
            // `head` takes three bytes and exits; the shell then closes its own stdin and waits.
            let child = try childProcess.spawn("sh", ["-c", "head -c 3; exec 0<&-; exec sleep 10"])
            child.stdout?.on(.data) { chunk in out += try chunk.toString() }
            child.stdin?.on(.error) { error in
                errors.append((error as? NodeError)?.code ?? "?")
                try child.kill()
            }
            child.stdin?.write(Buffer(repeatElement(UInt8(ascii: "a"), count: 1 << 20))) { error in
                callbacks.append((error as? NodeError)?.code ?? "none")
            }
            child.stdin?.end()
        }
        #expect(out == "aaa")
        #expect(errors == ["EPIPE"])
        #expect(callbacks == ["EPIPE"])
        try loop.close()
    }

    @Test func aChunkThePipeCannotTakeAtOnceReturnsFalseThenDrainThenItsCallback() throws {
        // node: a 256 KiB write to `cat` returns false with writableLength 262144, then 'drain'
        // comes before the write's callback. The child reads nothing for its first 200 ms, so
        // that the pipe (64 KiB) surely fills, however the machine schedules the reader.
        let loop = EventLoop()
        var accepted: [Bool] = []
        var waiting: Int?
        var events: [String] = []
        var received = 0
        loop.run {
            let child = try childProcess.spawn("sh", ["-c", "sleep 0.2; exec cat"])
            child.stdout?.on(.data) { chunk in received += chunk.bytes.count }
            guard let stdin = child.stdin else { return }
            // Without a drain the test fails after five seconds instead of waiting for ever.
            let fallback = setTimeout(5_000) { stdin.end() }
            stdin.on(.drain) {
                events.append("drain")
                clearTimeout(fallback)
                stdin.end()
            }
            accepted.append(stdin.write(Buffer(repeatElement(UInt8(ascii: "x"), count: 1_000))))
            accepted.append(stdin.write(Buffer(repeatElement(UInt8(ascii: "y"), count: 256 * 1024))) { _ in events.append("callback") })
            waiting = stdin.writableLength
        }
        #expect(accepted == [true, false])
        #expect(waiting == 256 * 1024)
        #expect(events == ["drain", "callback"])
        #expect(received == 1_000 + 256 * 1024)
        try loop.close()
    }

    @Test func smallWritesThatThePipeTakesAtOnceWaitForNothing() throws {
        // node: twenty 1,000-byte writes to `cat` all return true and leave writableLength 0.
        let loop = EventLoop()
        var accepted: [Bool] = []
        var waiting: Int?
        var callbacks = 0
        var received = 0
        loop.run {
            let child = try childProcess.spawn("cat")
            child.stdout?.on(.data) { chunk in received += chunk.bytes.count }
            guard let stdin = child.stdin else { return }
            for _ in 0..<20 {
                accepted.append(stdin.write(Buffer(repeatElement(UInt8(ascii: "z"), count: 1_000))) { _ in callbacks += 1 })
            }
            waiting = stdin.writableLength
            stdin.write("") { _ in callbacks += 1 }
            stdin.end()
        }
        #expect(accepted == Array(repeating: true, count: 20))
        #expect(waiting == 0)
        #expect(callbacks == 21)
        #expect(received == 20_000)
        try loop.close()
    }

    @Test func stdinIsDestroyedOnceTheChildHasExited() throws {
        let loop = EventLoop()
        var destroyedAtExit: Bool?
        loop.run {
            let child = try childProcess.spawn("sh", ["-c", "exit 0"])
            child.on(.exit) { _ in destroyedAtExit = child.stdin?.destroyed }
        }
        #expect(destroyedAtExit == true)
        try loop.close()
    }

    // MARK: exec

    @Test func execKeepsExactlyTheDefaultMaxBufferOfOneMebibyte() throws {
        let loop = EventLoop()
        var exact: Int?
        var over: (code: String?, kept: Int)?
        loop.run {
            childProcess.exec("head -c 1048576 /dev/zero").then { exact = $0.stdout.utf8.count }
            childProcess.exec("head -c 1048577 /dev/zero").catch { (error: any Error) -> Void in
                let error = error as? ExecError
                over = (error?.code, error?.stdout.utf8.count ?? 0)
            }
        }
        #expect(exact == 1_048_576)
        #expect(over?.code == "ERR_CHILD_PROCESS_STDIO_MAXBUFFER")
        #expect(over?.kept == 1_048_576)
        try loop.close()
    }

    @Test func execFileRunsInTheGivenDirectoryWithTheGivenEnvironment() throws {
        let loop = EventLoop()
        var output: [String] = []
        loop.run {
            childProcess.execFile("/bin/sh", ["-c", "pwd; echo $GREETING; echo ${HOME:-none}"], ExecOptions(cwd: "/", env: ["GREETING": "hello"]))
                .then { output = $0.stdout.split(separator: "\n").map(String.init) }
        }
        #expect(output == ["/", "hello", "none"])
        try loop.close()
    }

    @Test func anAbortAfterTheChildHasExitedChangesNothing() throws {
        let loop = EventLoop()
        var results: [String] = []
        loop.run {
            let controller = AbortController()
            try childProcess.exec("echo fine", ExecOptions(signal: controller.signal)) { error, stdout, _ in
                results.append(error.map { $0.name } ?? stdout)
                controller.abort()
            }
        }
        #expect(results == ["fine\n"])
        try loop.close()
    }

    @Test func aTimeoutLongerThanTheChildLeavesNoTimerBehind() throws {
        let loop = EventLoop()
        var started = 0.0
        var elapsed = 0.0
        loop.run {
            started = performance.now()
            childProcess.exec("true", ExecOptions(timeout: 60_000)).then { _ in elapsed = performance.now() - started }
        }
        // The run ended when the child did, not when the minute-long timer would have fired.
        #expect(elapsed > 0 && elapsed < 30_000)
        try loop.close()
    }

    // MARK: Signals

    @Test func everySignalNameMapsToItsNumberAndBack() throws {
        for (name, number) in [("SIGHUP", SIGHUP), ("SIGINT", SIGINT), ("SIGKILL", SIGKILL), ("SIGTERM", SIGTERM), ("SIGUSR2", SIGUSR2), ("SIGCHLD", SIGCHLD)] {
            #expect(try Signals.number(named: name) == number)
            #expect(try Signals.number(named: name.lowercased()) == number)
            #expect(Signals.name(of: number) == name)
        }
        #expect(try Signals.number(named: "SIGIOT") == SIGABRT)
        #expect(Signals.name(of: SIGABRT) == "SIGABRT")
        #expect(throws: NodeError("Unknown signal: TERM", name: "TypeError", code: "ERR_UNKNOWN_SIGNAL")) { try Signals.number(named: "TERM") }
    }
}
