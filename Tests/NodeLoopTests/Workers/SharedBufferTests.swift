#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import NodeLoop

/// SharedBuffer's atomics are exact from many threads, and wait/notify follow Atomics.wait.
@Suite struct SharedBufferTests {
    @Test func workersIncrementingTogetherReachTheExactTotal() throws {
        let shared = SharedBuffer(count: 2)
        var exits = 0
        let loop = EventLoop()
        loop.run {
            for _ in 0..<8 {
                let worker = Worker(workerData: shared) {
                    let buffer = workerThreads.workerData as! SharedBuffer
                    for _ in 0..<10_000 {
                        buffer.add(0, 1)
                        buffer.sub(1, 1)
                    }
                }
                worker.on(.exit) { _ in exits += 1 }
            }
        }
        try loop.close()
        #expect(exits == 8)
        #expect(shared.load(0) == 80_000)
        #expect(shared.load(1) == -80_000)
    }

    @Test func compareExchangeAndExchangeReturnTheOldValue() {
        let buffer = SharedBuffer(count: 1)
        #expect(buffer.compareExchange(0, 1, 5) == 0)
        #expect(buffer.load(0) == 0)
        #expect(buffer.compareExchange(0, 0, 5) == 0)
        #expect(buffer.exchange(0, 7) == 5)
        #expect(buffer.store(0, 9) == 9)
        #expect(buffer.load(0) == 9)
    }

    @Test func waitReturnsNotEqualOrTimedOut() {
        let buffer = SharedBuffer(count: 1)
        #expect(buffer.wait(0, 1, timeout: 10) == .notEqual)
        #expect(buffer.wait(0, 0, timeout: 10) == .timedOut)
        #expect(buffer.notify(0, count: 1) == 0)
    }

    @Test func notifyWakesAWorkerWaitingOnTheMainThreadsCell() throws {
        let buffer = SharedBuffer(count: 1)
        var result = ""
        let loop = EventLoop()
        loop.run {
            let worker = Worker(workerData: buffer) {
                let buffer = workerThreads.workerData as! SharedBuffer
                workerThreads.parentPort?.postMessage(buffer.wait(0, 0, timeout: 10_000).rawValue)
            }
            worker.on(.message) { result = $0 as? String ?? "?" }
            worker.on(.online) {
                // Wake the worker once it is waiting; until then keep trying.
                func poke() {
                    if buffer.notify(0, count: 1) == 0 { _ = setTimeout(1) { poke() } }
                }
                poke()
            }
        }
        try loop.close()
        #expect(result == "ok")
    }
}
