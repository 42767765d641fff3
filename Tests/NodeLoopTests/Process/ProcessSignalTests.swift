import CLibUV
import Testing
@testable import NodeLoop
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the signal twins cannot show: the handles behind signal listeners, the signal's
/// disposition, and what the listeners keep alive. Each test uses its own signals, so that tests
/// running at the same time in this process do not hear each other's.
@Suite struct ProcessSignalTests {
    @Test func aListenerLeftInPlaceIsReleasedWhenTheLoopCloses() throws {
        weak var weakWitness: Witness?
        let loop = EventLoop()
        let code = loop.run {
            let witness = Witness()
            process.on(.SIGTERM) { _, _ in witness.calls += 1 }
            weakWitness = witness
        }
        #expect(code == 0)
        #expect(weakWitness != nil)
        #expect(openSignalHandles(loop) == 1)
        try loop.close()
        #expect(weakWitness == nil)
    }

    @Test func addingAndRemovingListenersLeavesNoSignalHandleOpen() throws {
        let loop = EventLoop()
        var openWhileListening: [Int] = []
        loop.run {
            for _ in 0..<50 {
                let first = process.on(.SIGHUP) { _, _ in }
                process.on(.SIGHUP) { _, _ in }
                process.once(try ProcessEvent.signal("SIGALRM")) { _, _ in }
                openWhileListening.append(openSignalHandles(loop))
                process.off(.SIGHUP, first)
                process.removeAllListeners(.SIGHUP)
                process.removeAllListeners(try ProcessEvent.signal("sigalrm"))
            }
        }
        #expect(openWhileListening == Array(repeating: 2, count: 50))
        #expect(openSignalHandles(loop) == 0)
        try loop.close()
    }

    @Test func aOnceListenerClosesItsHandleOnceItRan() throws {
        let loop = EventLoop()
        var received: [String] = []
        var openAfterwards = -1
        let code = loop.run {
            let keepAlive = setInterval(1000) {}
            process.once(.SIGUSR1) { signal, number in
                received.append("\(signal) \(number == SIGUSR1)")
                setImmediate {
                    openAfterwards = openSignalHandles(loop)
                    clearInterval(keepAlive)
                }
            }
            try process.kill(process.pid, "SIGUSR1")
        }
        #expect(code == 0)
        #expect(received == ["SIGUSR1 true"])
        #expect(openAfterwards == 0)
        try loop.close()
    }

    @Test func theDefaultActionIsBackWhenTheLastListenerGoes() throws {
        try runOnFreshLoop {
            #expect(hasDefaultAction(SIGWINCH))
            let first = process.on(.SIGWINCH) { _, _ in }
            let second = process.on(.SIGWINCH) { _, _ in }
            #expect(!hasDefaultAction(SIGWINCH))
            process.off(.SIGWINCH, first)
            #expect(!hasDefaultAction(SIGWINCH))
            process.off(.SIGWINCH, second)
            #expect(hasDefaultAction(SIGWINCH))
        }
    }

    @Test func aWorkersSignalListenerOpensNoHandle() throws {
        var reports: [String] = []
        try runOnFreshLoop {
            let worker = Worker {
                let event = try ProcessEvent.signal("SIGXCPU")
                process.on(event) { _, _ in }
                let listeners = process.listenerCount(event)
                workerThreads.parentPort?.postMessage("listeners \(listeners), handles \(openSignalHandles(EventLoop.current))")
            }
            worker.on(.message) { message in reports.append(message as? String ?? "?") }
        }
        #expect(reports == ["listeners 1, handles 0"])
    }

    @Test func signalsThatCannotBeCaughtAndUnknownNamesAreRefused() {
        #expect(throws: NodeError.errno(UV_EINVAL.rawValue, syscall: "uv_signal_start")) { try ProcessEvent.signal("SIGKILL") }
        #expect(throws: NodeError.errno(UV_EINVAL.rawValue, syscall: "uv_signal_start")) { try ProcessEvent.signal("SIGSTOP") }
        #expect(throws: NodeError("Unknown signal: SIGFOO", name: "TypeError", code: "ERR_UNKNOWN_SIGNAL")) {
            try ProcessEvent.signal("SIGFOO")
        }
    }
}

/// An object whose lifetime a test watches.
private final class Witness {
    var calls = 0
}

/// How many signal handles of `loop` are open (not closing).
private func openSignalHandles(_ loop: EventLoop) -> Int {
    var count = 0
    withUnsafeMutablePointer(to: &count) { count in
        uv_walk(loop.uvLoop, { handle, count in
            guard let handle, let count, handle.pointee.type == UV_SIGNAL, uv_is_closing(handle) == 0 else { return }
            count.assumingMemoryBound(to: Int.self).pointee += 1
        }, count)
    }
    return count
}

/// Whether `signal` has its default disposition: no handler installed for it.
private func hasDefaultAction(_ signal: Int32) -> Bool {
    var action = sigaction()
    sigaction(signal, nil, &action)
    #if canImport(Glibc)
    return action.__sigaction_handler.sa_handler == nil
    #else
    return action.__sigaction_u.__sa_handler == nil
    #endif
}
