import Testing
@testable import NodeLoop

/// MessageChannel ports and BroadcastChannels deliver in order per sender, drop what is sent
/// after close, keep their loop alive only while listening and ref'd, and move between loops.
@Suite struct ChannelTests {
    @Test func fourSendersThroughChannelsDeliverEveryMessageInOrder() throws {
        let senders = 4
        let perSender = 10_000
        var received = Array(repeating: [Int](), count: senders)
        let loop = EventLoop()
        loop.run {
            for index in 0..<senders {
                let channel = MessageChannel()
                let token = try channel.port2.transfer()
                channel.port1.on(.message) { message in
                    received[index].append(message as? Int ?? -1)
                    if received[index].count == perSender { channel.port1.close() }
                }
                _ = Worker(workerData: token) {
                    let port = try MessagePort(receiving: workerThreads.workerData as! TransferablePort)
                    for n in 0..<perSender { port.postMessage(n) }
                }
            }
        }
        try loop.close()
        for messages in received { #expect(messages == Array(0..<perSender)) }
    }

    @Test func messagesPostedAfterCloseAreDropped() throws {
        var received: [String] = []
        var closes = 0
        let loop = EventLoop()
        loop.run {
            let channel = MessageChannel()
            channel.port2.on(.message) { received.append($0 as? String ?? "?") }
            channel.port1.on(.close) { closes += 1 }
            channel.port2.on(.close) { closes += 1 }
            channel.port1.postMessage("before")
            channel.port1.close()
            channel.port1.postMessage("after")
            channel.port2.postMessage("to a closed end")
        }
        try loop.close()
        #expect(received == ["before"])
        #expect(closes == 2)
    }

    @Test func unrefdListeningPortLetsTheLoopEnd() throws {
        var ended = false
        let loop = EventLoop()
        loop.run {
            let channel = MessageChannel()
            channel.port1.on(.message) { _ in }
            channel.port1.unref()
        }
        ended = true
        try loop.close()
        #expect(ended)
    }

    @Test func transferredPortIsUnusableAtTheSourceAndMessagesFollowIt() throws {
        var replies: [String] = []
        var secondTransferFailed = false
        let loop = EventLoop()
        loop.run {
            let channel = MessageChannel()
            channel.port1.postMessage("queued 1")
            channel.port1.postMessage("queued 2")
            channel.port2.on(.message) { _ in replies.append("source received") }
            let token = try channel.port2.transfer()
            channel.port2.postMessage("from the detached port")
            do { _ = try channel.port2.transfer() } catch { secondTransferFailed = true }
            channel.port1.on(.message) { message in
                replies.append(message as? String ?? "?")
                if replies.count == 2 { channel.port1.close() }
            }
            _ = Worker(workerData: token) {
                let port = try MessagePort(receiving: workerThreads.workerData as! TransferablePort)
                port.on(.message) { message in port.postMessage("worker got \(message)") }
            }
        }
        try loop.close()
        #expect(secondTransferFailed)
        #expect(replies == ["worker got queued 1", "worker got queued 2"])
    }

    @Test func broadcastReachesEveryOtherChannelButNotThePoster() throws {
        var heard: [String] = []
        let loop = EventLoop()
        loop.run {
            let a = BroadcastChannel("fan-out-test")
            let b = BroadcastChannel("fan-out-test")
            let c = BroadcastChannel("fan-out-test")
            let other = BroadcastChannel("another-name")
            a.on(.message) { heard.append("a \($0)") }
            other.on(.message) { heard.append("other \($0)") }
            b.on(.message) { message in
                heard.append("b \(message)")
                if message as? Int == 2 { for channel in [a, b, c, other] { channel.close() } }
            }
            c.postMessage(1)
            c.postMessage(2)
        }
        try loop.close()
        #expect(heard == ["a 1", "b 1", "a 2", "b 2"])
    }

    @Test func broadcastChannelWithListenerKeepsLoopAliveUnlessUnrefd() throws {
        let loop = EventLoop()
        loop.run {
            let channel = BroadcastChannel("keep-alive-test")
            channel.on(.message) { _ in }
            channel.unref()
        }
        try loop.close()
    }
}

/// A BroadcastChannel left open when its loop closes leaves the channel with the loop.
@Suite struct BroadcastChannelLifetimeTests {
    @Test func aChannelLeftOpenLeavesWhenItsLoopCloses() throws {
        let name = "lifetime-\(UInt64.random(in: 0...UInt64.max))"
        let loop = EventLoop()
        loop.run { _ = BroadcastChannel(name) }
        #expect(BroadcastRegistry.members(name).count == 1)
        try loop.close()
        #expect(BroadcastRegistry.members(name).isEmpty)
    }
}
