import Testing
@testable import NodeLoop

/// A worker forgets its listeners after `exit`, a channel port after `close`, a broadcast
/// channel when it is closed: listeners that capture their own worker, port or channel do not
/// keep it alive, and every listener still runs.
@Suite struct WorkerLifetimeTests {
    @Test func aWorkerWhoseListenersCaptureItIsFreedAfterExit() throws {
        weak var freedWorker: Worker?
        weak var freedPayload: Captured?
        var heard: [String] = []
        try runOnFreshLoop {
            let payload = Captured()
            freedPayload = payload
            let worker = Worker { workerThreads.parentPort?.postMessage("hello") }
            freedWorker = worker
            worker.on(.online) { heard.append("online \(worker.threadId > 0)") }
            worker.on(.message) { message in heard.append("message \(message) \(worker.threadId > 0)") }
            worker.on(.exit) { code in
                _ = payload
                heard.append("exit \(code) \(worker.threadId > 0)")
            }
            worker.once(.exit) { _ in heard.append("second exit listener") }
        }
        #expect(heard == ["online true", "message hello true", "exit 0 true", "second exit listener"])
        #expect(freedWorker == nil)
        #expect(freedPayload == nil)
    }

    @Test func channelPortsWhoseListenersCaptureThemAreFreedAfterClose() throws {
        weak var freedChannel: MessageChannel?
        weak var freedPort: MessagePort?
        var heard: [String] = []
        try runOnFreshLoop {
            let channel = MessageChannel()
            freedChannel = channel
            freedPort = channel.port2
            channel.port2.on(.message) { message in
                heard.append("message \(message)")
                channel.port2.close()
            }
            channel.port1.on(.close) { heard.append("port1 close \(channel.port1 !== channel.port2)") }
            channel.port2.on(.close) { heard.append("port2 close") }
            channel.port1.postMessage("ping")
        }
        #expect(heard == ["message ping", "port2 close", "port1 close true"])
        #expect(freedChannel == nil)
        #expect(freedPort == nil)
    }

    @Test func aBroadcastChannelWhoseListenerCapturesItIsFreedOnceClosed() throws {
        weak var freed: BroadcastChannel?
        var heard: [String] = []
        try runOnFreshLoop {
            let listener = BroadcastChannel("lifetime")
            freed = listener
            listener.on(.message) { message in
                heard.append("\(listener.name): \(message)")
                listener.close()
            }
            let poster = BroadcastChannel("lifetime")
            poster.postMessage("news")
            poster.close()
        }
        #expect(heard == ["lifetime: news"])
        #expect(freed == nil)
    }

    @Test func portsAndChannelsStillOpenWhenTheirLoopClosesAreFreed() throws {
        weak var freedChannel: MessageChannel?
        weak var freedBroadcast: BroadcastChannel?
        let loop = EventLoop()
        loop.run {
            let channel = MessageChannel()
            freedChannel = channel
            channel.port1.on(.message) { _ in channel.port1.close() }
            channel.port1.unref()
            let broadcast = BroadcastChannel("lifetime-unref")
            freedBroadcast = broadcast
            broadcast.on(.message) { _ in broadcast.close() }
            broadcast.unref()
        }
        #expect(freedChannel != nil)
        try loop.close()
        #expect(freedChannel == nil)
        #expect(freedBroadcast == nil)
    }

    @Test func aWorkerStillRunningWhenItsParentLoopClosesIsFreed() throws {
        weak var freed: Worker?
        let loop = EventLoop()
        loop.run {
            let worker = Worker { setInterval(1_000) {} }
            freed = worker
            worker.on(.exit) { _ in Issue.record("exit delivered to a closed loop: \(worker.threadId)") }
            worker.unref()
        }
        #expect(freed != nil)
        try loop.close()
        #expect(freed == nil)
    }
}
