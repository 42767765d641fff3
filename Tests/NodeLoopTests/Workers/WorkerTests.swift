import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import NodeLoop

/// Workers deliver every message exactly once and in order per sender, and start and stop
/// without leaving anything open on the parent's loop.
@Suite struct WorkerTests {
    @Test func everyMessageFromEveryWorkerArrivesOnceAndInOrder() throws {
        let workers = 8
        let perWorker = 100_000
        var received = Array(repeating: [Int](), count: workers)
        var exits: [Int32] = []
        let loop = EventLoop()
        loop.run {
            for index in 0..<workers {
                let worker = Worker(workerData: index) {
                    let port = workerThreads.parentPort
                    for n in 0..<perWorker { port?.postMessage(n) }
                }
                worker.on(.message) { message in received[index].append(message as? Int ?? -1) }
                worker.on(.exit) { code in exits.append(code) }
            }
        }
        try loop.close()
        #expect(exits == Array(repeating: 0, count: workers))
        for messages in received {
            #expect(messages == Array(0..<perWorker))
        }
    }

    @Test func aHundredWorkersStartAndStopLeavingTheLoopClean() throws {
        var exits = 0
        let loop = EventLoop()
        loop.run {
            func startNext(_ remaining: Int) {
                guard remaining > 0 else { return }
                let worker = Worker { workerThreads.parentPort?.postMessage("hi") }
                worker.on(.exit) { _ in
                    exits += 1
                    startNext(remaining - 1)
                }
            }
            startNext(100)
        }
        // `close` fails if any handle (a worker's keep-alive, a port) were left open.
        try loop.close()
        #expect(exits == 100)
    }

    @Test func messagesToAWorkerThatHasExitedAreDropped() throws {
        var exitCode: Int32?
        let loop = EventLoop()
        loop.run {
            let worker = Worker {}
            worker.on(.exit) { code in
                exitCode = code
                worker.postMessage("too late")
            }
        }
        try loop.close()
        #expect(exitCode == 0)
    }

    // node v20: `w.terminate()` before the worker has started its script fulfils with 0, the
    // code of its `exit`, and neither `online` nor the script runs.
    @Test func terminateBeforeTheBodyStartsSkipsTheBodyAndExitsWithZero() throws {
        var events: [String] = []
        let loop = EventLoop()
        loop.run {
            var launch: WorkerLaunch?
            let worker = Worker(workerData: nil, { workerThreads.parentPort?.postMessage("body ran") }) { launch = $0 }
            worker.on(.online) { events.append("online") }
            worker.on(.message) { events.append("message \($0)") }
            worker.on(.exit) { code in events.append("exit \(code)") }
            worker.terminate().then { code in events.append("terminate \(code.map(String.init) ?? "nil")") }
            if let launch { WorkerThread.start(launch) }
        }
        try loop.close()
        #expect(events == ["exit 0", "terminate 0"])
    }

    @Test func anErrorEventNobodyListensToIsThrownInTheParent() throws {
        var uncaught: String?
        let loop = EventLoop()
        loop.run {
            process.on(.uncaughtException) { error, _ in uncaught = error.message }
            _ = Worker { throw NodeError("from the worker") }
        }
        try loop.close()
        #expect(uncaught == "from the worker")
    }

    /// Swift arrays share their storage until one side writes, so posting a 64 MiB buffer moves
    /// a reference, not the bytes: the worker sees the very memory the parent filled.
    @Test func aLargeBufferReachesTheWorkerWithoutACopy() throws {
        var sameMemory: Bool?
        let loop = EventLoop()
        loop.run {
            let buffer = Buffer([UInt8](repeating: 7, count: 64 << 20))
            let address = buffer.bytes.withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) }
            let worker = Worker {
                workerThreads.parentPort?.once(.message) { message in
                    let received = message as? Buffer
                    let receivedAddress = received?.bytes.withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) }
                    workerThreads.parentPort?.postMessage(receivedAddress ?? 0)
                    workerThreads.parentPort?.close()
                }
            }
            worker.postMessage(buffer)
            worker.on(.message) { message in sameMemory = (message as? Int) == address }
        }
        try loop.close()
        #expect(sameMemory == true)
    }

    /// In a process of its own (an exit test), so that no other test's descriptors are counted:
    /// a worker whose body ends the run (`process.exit`, with any code, or an error nobody
    /// handles) closes its loop like one that returns, so 120 of them leave no descriptor open.
    @Test func workersThatExitOrThrowLeaveNoDescriptorBehind() async {
        await #expect(processExitsWith: .success) {
            func openDescriptorCount() -> Int {
                guard let directory = opendir("/proc/self/fd") else { return -1 }
                defer { closedir(directory) }
                var count = 0
                while readdir(directory) != nil { count += 1 }
                return count
            }
            let bodies: [(expectedCode: Int32, body: @Sendable () throws -> Void)] = [
                (0, { try process.exit(0) }),
                (3, { try process.exit(3) }),
                (1, { throw NodeError("from the worker") }),
            ]
            let loop = EventLoop()
            let before = openDescriptorCount()
            var codes: [Int32] = []
            loop.run {
                process.on(.uncaughtException) { _, _ in }
                func startNext(_ remaining: Int) {
                    guard remaining > 0 else { return }
                    let ending = bodies[remaining % bodies.count]
                    Worker(ending.body).on(.exit) { code in
                        codes.append(code - ending.expectedCode)
                        startNext(remaining - 1)
                    }
                }
                startNext(120)
            }
            try? loop.close()
            precondition(codes == Array(repeating: 0, count: 120), "exit codes off by \(codes)")
            let after = openDescriptorCount()
            precondition(after <= before, "\(after - before) descriptors left open")
        }
    }

    /// In a process of its own (an exit test), so that no other test's threads are counted:
    /// after 100 workers have come and gone, the process has no more threads than before, and
    /// a second hundred leaves memory where the first left it (nothing leaks per worker).
    @Test func aHundredWorkersLeaveNoThreadOrMemoryBehind() async {
        await #expect(processExitsWith: .success) {
            func threadCount() -> Int {
                guard let directory = opendir("/proc/self/task") else { return -1 }
                defer { closedir(directory) }
                var count = 0
                while let entry = readdir(directory) {
                    if entry.pointee.d_name.0 != UInt8(ascii: ".") { count += 1 }
                }
                return count
            }
            func residentBytes() -> Int {
                guard let file = fopen("/proc/self/statm", "r") else { return -1 }
                defer { fclose(file) }
                var line = [CChar](repeating: 0, count: 128)
                guard fgets(&line, Int32(line.count), file) != nil else { return -1 }
                // statm: total and resident sizes, in pages.
                let fields = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self).split(separator: " ")
                guard fields.count > 1, let pages = Int(fields[1]) else { return -1 }
                return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
            }
            func runHundredWorkers() {
                let loop = EventLoop()
                var exits = 0
                loop.run {
                    func startNext(_ remaining: Int) {
                        guard remaining > 0 else { return }
                        Worker {}.on(.exit) { _ in
                            exits += 1
                            startNext(remaining - 1)
                        }
                    }
                    startNext(100)
                }
                try? loop.close()
                precondition(exits == 100, "exits \(exits)")
            }
            let threadsBefore = threadCount()
            runHundredWorkers()
            // A worker's thread ends just after it reports its exit: give the last one a moment.
            var threadsAfter = threadCount()
            for _ in 0..<100 where threadsAfter > threadsBefore {
                usleep(10_000)
                threadsAfter = threadCount()
            }
            precondition(threadsAfter <= threadsBefore, "threads before \(threadsBefore), after \(threadsAfter)")
            let memoryAfterFirst = residentBytes()
            runHundredWorkers()
            let growth = residentBytes() - memoryAfterFirst
            precondition(growth < 4 << 20, "a second hundred workers grew memory by \(growth) bytes")
        }
    }
}
