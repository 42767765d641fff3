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
        let shared = try SharedBuffer(count: 2)
        var exits = 0
        let loop = EventLoop()
        loop.run {
            for _ in 0..<8 {
                let worker = Worker(workerData: shared) {
                    let buffer = workerThreads.workerData as! SharedBuffer
                    for _ in 0..<10_000 {
                        try buffer.add(0, 1)
                        try buffer.sub(1, 1)
                    }
                }
                worker.on(.exit) { _ in exits += 1 }
            }
        }
        try loop.close()
        #expect(exits == 8)
        #expect(try shared.load(0) == 80_000)
        #expect(try shared.load(1) == -80_000)
    }

    @Test func compareExchangeAndExchangeReturnTheOldValue() throws {
        let buffer = try SharedBuffer(count: 1)
        #expect(try buffer.compareExchange(0, 1, 5) == 0)
        #expect(try buffer.load(0) == 0)
        #expect(try buffer.compareExchange(0, 0, 5) == 0)
        #expect(try buffer.exchange(0, 7) == 5)
        #expect(try buffer.store(0, 9) == 9)
        #expect(try buffer.load(0) == 9)
    }

    @Test func waitReturnsNotEqualOrTimedOut() throws {
        let buffer = try SharedBuffer(count: 1)
        #expect(try buffer.wait(0, 1, timeout: 10) == .notEqual)
        #expect(try buffer.wait(0, 0, timeout: 10) == .timedOut)
        #expect(try buffer.notify(0, count: 1) == 0)
        #expect(try buffer.notify(0, count: -1) == 0)
    }

    @Test func notifyWakesAWorkerWaitingOnTheMainThreadsCell() throws {
        let buffer = try SharedBuffer(count: 1)
        var result = ""
        let loop = EventLoop()
        loop.run {
            let worker = Worker(workerData: buffer) {
                let buffer = workerThreads.workerData as! SharedBuffer
                workerThreads.parentPort?.postMessage(try buffer.wait(0, 0, timeout: 10_000).rawValue)
            }
            worker.on(.message) { result = $0 as? String ?? "?" }
            worker.on(.online) {
                // Wake the worker once it is waiting; until then keep trying.
                func poke() {
                    if (try? buffer.notify(0, count: 1)) == 0 { _ = setTimeout(1) { poke() } }
                }
                poke()
            }
        }
        try loop.close()
        #expect(result == "ok")
    }

    /// Every operation on an index outside the cells, as Node's `Atomics` with it.
    static let operationsOnOneIndex: [(name: String, run: @Sendable (SharedBuffer, Int) throws -> Void)] = [
        ("load", { _ = try $0.load($1) }),
        ("store", { try $0.store($1, 1) }),
        ("add", { try $0.add($1, 1) }),
        ("sub", { try $0.sub($1, 1) }),
        ("exchange", { try $0.exchange($1, 1) }),
        ("compareExchange", { try $0.compareExchange($1, 0, 1) }),
        ("wait", { _ = try $0.wait($1, 0, timeout: 0) }),
        ("notify", { try $0.notify($1, count: 1) }),
    ]

    // node v20: Atomics.load(new Int32Array(new SharedArrayBuffer(16)), 4) (and -1, 2**53; every
    // operation alike) -> RangeError: Invalid atomic access index, with no code.
    @Test(arguments: operationsOnOneIndex.indices, [4, -1, Int.max, Int.min])
    func anIndexOutsideTheCellsThrowsNodesRangeError(operation: Int, index: Int) throws {
        let buffer = try SharedBuffer(count: 4)
        let error = try #require(throws: NodeError.self) { try Self.operationsOnOneIndex[operation].run(buffer, index) }
        #expect(error.name == "RangeError")
        #expect(error.code == nil)
        #expect(error.message == "Invalid atomic access index")
    }

    // node v20: Atomics.load(new Int32Array(new SharedArrayBuffer(0)), 0) -> Invalid atomic access index
    @Test func anEmptyBufferHasNoIndexAtAll() throws {
        let buffer = try SharedBuffer(count: 0)
        #expect(buffer.count == 0)
        let error = try #require(throws: NodeError.self) { try buffer.load(0) }
        #expect(error.message == "Invalid atomic access index")
    }

    // node v20: new SharedArrayBuffer(-4), new SharedArrayBuffer(2**53) -> RangeError: Invalid array
    // buffer length; new SharedArrayBuffer(2**52) -> RangeError: Array buffer allocation failed.
    @Test(arguments: [
        (-1, "Invalid array buffer length"),
        (Int.min, "Invalid array buffer length"),
        (Int.max, "Invalid array buffer length"),
        (1 << 51, "Invalid array buffer length"),
        (1 << 50, "Array buffer allocation failed"),
    ])
    func aCountWithNoBufferThrowsNodesRangeError(count: Int, message: String) throws {
        let error = try #require(throws: NodeError.self) { try SharedBuffer(count: count) }
        #expect(error.name == "RangeError")
        #expect(error.code == nil)
        #expect(error.message == message)
    }
}
