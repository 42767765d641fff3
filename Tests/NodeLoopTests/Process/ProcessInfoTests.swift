import Testing
import NodeLoop
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite struct ProcessInfoTests {
    @Test func anEnvironmentWriteIsSeenByGetenvAndBySpawnedChildren() throws {
        let name = "NODELOOP_TEST_ENV_SEEN_BY_CHILD"
        process.env[name] = "from the parent"
        #expect(getenv(name).map { String(cString: $0) } == "from the parent")
        let loop = EventLoop()
        var lines: [String] = []
        loop.run {
            childProcess.execFile("/usr/bin/env").then { output in
                lines = output.stdout.split(separator: "\n").map(String.init)
            }
        }
        try loop.close()
        #expect(lines.contains("\(name)=from the parent"))
        process.env[name] = nil
        #expect(getenv(name) == nil)
        #expect(!process.env.keys.contains(name))
        #expect(process.env.dictionary["PATH"] == process.env["PATH"])
    }

    @Test func workersWritingTheirOwnVariablesAtOnceEachReadBackTheirOwnValues() throws {
        let workers = 4
        let rounds = 2_000
        var mismatches: [Int] = []
        let loop = EventLoop()
        loop.run {
            for index in 0..<workers {
                let worker = Worker(workerData: index) {
                    let name = "NODELOOP_TEST_ENV_WORKER_\(index)"
                    var wrong = 0
                    for round in 0..<rounds {
                        process.env[name] = String(round)
                        if process.env[name] != String(round) { wrong += 1 }
                        // Walking the whole environment while the others grow and shrink it.
                        if !process.env.keys.contains(name) { wrong += 1 }
                        process.env[name] = nil
                        if process.env[name] != nil { wrong += 1 }
                    }
                    workerThreads.parentPort?.postMessage(wrong)
                }
                worker.on(.message) { message in mismatches.append(message as? Int ?? -1) }
            }
        }
        try loop.close()
        #expect(mismatches == Array(repeating: 0, count: workers))
    }

    @Test func argvIsTheExecutableTwiceThenTheProgramsArguments() {
        let argv = process.argv
        #expect(argv.count == CommandLine.arguments.count + 1)
        #expect(argv[0] == process.execPath && argv[1] == process.execPath)
        #expect(Array(argv.dropFirst(2)) == Array(CommandLine.arguments.dropFirst()))
        #expect(process.argv0 == CommandLine.arguments.first)
        #expect(process.execPath.hasPrefix("/") && access(process.execPath, X_OK) == 0)
    }

    @Test func theTitleReadsBackWhatWasSetAndArgvKeepsTheOriginal() {
        let argvBefore = process.argv
        let original = process.title
        #expect(original == process.argv0)
        process.title = "nodeloop-title"
        #expect(process.title == "nodeloop-title")
        #expect(commandLineAsSystemShowsIt().hasPrefix("nodeloop-title"))
        #expect(process.argv == argvBefore)
        process.title = original
        #expect(process.title == original)
    }

    @Test func uptimeCountsFromTheProcessStartNotTheSystemBoot() {
        let uptime = process.uptime()
        #expect(uptime > 0)
        #expect(uptime < os.uptime())
        #expect(process.uptime() >= uptime)
    }

    @Test func memoryFiguresComeFromTheSystemAndTheAllocator() {
        let memory = process.memoryUsage()
        #expect(memory.rss > 0)
        // Not `heapUsed > 0`: under a sanitizer, malloc is the sanitizer's and glibc counts nothing.
        #expect(memory.heapUsed <= memory.heapTotal)
        #expect(memory.external == 0 && memory.arrayBuffers == 0)
        #expect(process.resourceUsage().maxRSS * 1_024 >= memory.rss / 2)
    }

    @Test func versionsNameNodeLoopAndTheLinkedLibuv() {
        #expect(!process.versions.nodeLoop.isEmpty)
        #expect(process.versions.uv.split(separator: ".").count == 3)
    }
}

/// `/proc/self/cmdline`, what `ps` shows, up to its first NUL; empty where there is no `/proc`.
private func commandLineAsSystemShowsIt() -> String {
    guard let file = fopen("/proc/self/cmdline", "r") else { return "" }
    defer { fclose(file) }
    var buffer = [CChar](repeating: 0, count: 256)
    let count = fread(&buffer, 1, buffer.count, file)
    return String(decoding: buffer.prefix(count).prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
