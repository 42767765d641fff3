import CLibUV
import Testing
@testable import NodeLoop

/// What the twins cannot show: lifetimes, the loop closing, queued sends, options that vary by
/// machine, and many sockets in a row.
@Suite struct DgramTests {
    @Test func aClosedSocketDropsTheListenersThatCaptureIt() throws {
        weak var weakReceiver: DatagramSocket?
        weak var weakSender: DatagramSocket?
        var messages = 0
        try runOnFreshLoop {
            let receiver = try dgram.createSocket("udp4")
            let sender = try dgram.createSocket("udp4")
            receiver.on(.message) { _, rinfo in
                messages += 1
                _ = try receiver.address()
                try receiver.close { _ = receiver.listenerCount(.message) }
                try sender.send("bye", rinfo.port, rinfo.address)
            }
            sender.on(.message) { _, _ in try sender.close() }
            sender.on(.close) { _ = sender.listenerCount(.close) }
            try receiver.bind(0, "127.0.0.1") {
                try sender.send("hello", try receiver.address().port, "127.0.0.1") { _, _ in _ = try sender.address() }
            }
            weakReceiver = receiver
            weakSender = sender
        }
        #expect(messages == 1)
        #expect(weakReceiver == nil)
        #expect(weakSender == nil)
    }

    @Test func aSocketNeverClosedIsFreedWhenItsLoopCloses() throws {
        weak var weakSocket: DatagramSocket?
        let loop = EventLoop()
        loop.run {
            let socket = try dgram.createSocket("udp4")
            socket.on(.message) { _, _ in try socket.close() }
            try socket.bind(0, "127.0.0.1") { socket.unref() }
            weakSocket = socket
        }
        #expect(weakSocket != nil)
        try loop.close()
        #expect(weakSocket == nil)
    }

    @Test func anUnboundSocketWhoseListenerCapturesItIsFreedWhenItsLoopCloses() throws {
        weak var weakSocket: DatagramSocket?
        let loop = EventLoop()
        loop.run {
            let socket = try dgram.createSocket("udp6")
            socket.on(.error) { _ in _ = try socket.address() }
            weakSocket = socket
        }
        try loop.close()
        #expect(weakSocket == nil)
    }

    /// `localhost` goes through `dns.lookup` in the socket's family: the bind gets the address
    /// the resolver gives, or its error (a machine whose hosts file has no `::1` for it).
    @Test func localhostIsLookedUpInTheSocketsFamily() throws {
        var outcomes: [String: String] = [:]
        var expected: [String: String] = [:]
        try runOnFreshLoop {
            for (type, family) in [("udp4", 4), ("udp6", 6)] {
                try dns.lookup("localhost", family: LookupFamily(family)) { error, address, _ in
                    expected[type] = error?.code ?? address
                }
                let socket = try dgram.createSocket(type)
                socket.on(.error) { error in
                    outcomes[type] = (error as? NodeError)?.code
                    try socket.close()
                }
                socket.on(.listening) {
                    outcomes[type] = try socket.address().address
                    try socket.close()
                }
                try socket.bind(0, "localhost")
            }
        }
        #expect(expected["udp4"] == "127.0.0.1")
        #expect(outcomes == expected)
    }

    /// A datagram the socket cannot send at once waits as a `DatagramSendRequest` holding its
    /// own copy of the bytes (loopback always takes a datagram at once, so the request is made
    /// here directly): the caller's array may change meanwhile, and the completion comes once.
    @Test func aQueuedSendKeepsItsOwnCopyOfTheBytes() throws {
        var statuses: [Int32] = []
        var received: [String] = []
        try runOnFreshLoop {
            let receiver = try dgram.createSocket("udp4")
            let sender = try dgram.createSocket("udp4")
            receiver.on(.message) { message, _ in
                received.append(try message.toString())
                try receiver.close()
                try sender.close()
            }
            try receiver.bind(0, "127.0.0.1") {
                try sender.bind(0, "127.0.0.1") {
                    var bytes = Array("original".utf8)
                    let port = try receiver.address().port
                    let destination = DatagramFamily.ipv4.socketAddress("127.0.0.1", port: port).address
                    let udp = try #require(sender.handle).pointer(as: uv_udp_t.self)
                    let submitted = DatagramSendRequest.send(bytes, on: udp, to: destination) { statuses.append($0) }
                    #expect(submitted == 0)
                    #expect(try sender.getSendQueueCount() == 1)
                    bytes.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
                }
            }
        }
        #expect(statuses == [0])
        #expect(received == ["original"])
    }

    /// Closing the socket while a request is in flight completes the request in the close
    /// phase, once; nothing leaks (`make asan`).
    @Test func closingWithASendInFlightCompletesItOnce() throws {
        var statuses: [Int32] = []
        try runOnFreshLoop {
            let socket = try dgram.createSocket("udp4")
            try socket.bind(0, "127.0.0.1") {
                let destination = DatagramFamily.ipv4.socketAddress("127.0.0.1", port: try socket.address().port).address
                let udp = try #require(socket.handle).pointer(as: uv_udp_t.self)
                _ = DatagramSendRequest.send(Array(repeating: 7, count: 1000), on: udp, to: destination) { statuses.append($0) }
                try socket.close()
            }
        }
        #expect(statuses.count == 1)
    }

    @Test func optionsWorkOnABoundSocket() throws {
        try runOnFreshLoop {
            let socket = try dgram.createSocket(type: "udp4", recvBufferSize: 65536, sendBufferSize: 65536)
            try socket.bind(0, "127.0.0.1") {
                // Linux reports twice the size asked for.
                #expect(try socket.getRecvBufferSize() >= 65536)
                #expect(try socket.getSendBufferSize() >= 65536)
                try socket.setBroadcast(true)
                #expect(try socket.setTTL(64) == 64)
                #expect(try socket.setMulticastTTL(0) == 0)
                #expect(try socket.setMulticastLoopback(true))
                try socket.setMulticastInterface("127.0.0.1")
                try socket.addMembership("224.0.0.114", "127.0.0.1")
                #expect(throws: NodeError.self) { try socket.addMembership("224.0.0.114", "127.0.0.1") }
                try socket.dropMembership("224.0.0.114", "127.0.0.1")
                try socket.close()
            }
        }
    }

    @Test func aConnectThatFailsGoesToItsCallbackOrToError() throws {
        var seen: [String] = []
        try runOnFreshLoop {
            let withCallback = try dgram.createSocket("udp4")
            try withCallback.connect(9, "::1") { error in
                seen.append("callback \(error?.message ?? "none")")
                #expect(withCallback.listenerCount(.connect) == 0)
                try withCallback.close()
            }
            let withoutCallback = try dgram.createSocket("udp4")
            withoutCallback.on(.error) { error in
                seen.append("error \(error.message)")
                try withoutCallback.close()
            }
            try withoutCallback.connect(9, "::1")
        }
        #expect(seen == ["callback connect EINVAL ::1:9", "error connect EINVAL ::1:9"])
    }

    @Test func aMessageListenerGivenToCreateSocketHearsMessages() throws {
        var heard: [String] = []
        try runOnFreshLoop {
            let receiver = try dgram.createSocket("udp4") { message, rinfo in
                heard.append("\(try message.toString()) \(rinfo.size) \(rinfo.family)")
            }
            receiver.on(.message) { _, _ in try receiver.close() }
            try receiver.bind(0, "127.0.0.1") {
                let sender = try dgram.createSocket("udp4")
                try sender.send("hi", try receiver.address().port) { _, _ in try sender.close() }
            }
        }
        #expect(heard == ["hi 2 IPv4"])
    }

    @Test func theRemoteInfoPrintsAsNodesObject() {
        let rinfo = RemoteInfo(address: "127.0.0.1", family: "IPv4", port: 41234, size: 5)
        #expect(rinfo.description == "{ address: '127.0.0.1', family: 'IPv4', port: 41234, size: 5 }")
    }

    /// Binding and closing again and again leaves no descriptor behind.
    @Test(.timeLimit(.minutes(5)))
    func twoThousandBindCloseCyclesLeaveNoDescriptorOpen() throws {
        try DescriptorCounting.exclusively {
            let cycles = 2_000
            let before = NetTests.openDescriptorCount()
            var completed = 0
            try runOnFreshLoop {
                func cycle() throws {
                    guard completed < cycles else { return }
                    let socket = try dgram.createSocket("udp4")
                    try socket.bind(0, "127.0.0.1") {
                        try socket.close {
                            completed += 1
                            try cycle()
                        }
                    }
                }
                try cycle()
            }
            #expect(completed == cycles)
            #expect(NetTests.openDescriptorCount() <= before + 8)
        }
    }
}
