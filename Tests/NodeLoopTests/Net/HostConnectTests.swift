import Foundation
import Glibc
import Testing
@testable import NodeLoop

/// Trying a host name's addresses in turn, where a twin cannot make an attempt hang: a listening
/// socket with a backlog of 0 that never accepts takes one connection, and the next one it
/// leaves unanswered, as a host that drops packets would.
@Suite struct HostConnectTests {
    /// A listener on 127.0.0.2 whose backlog is full: a connection to it never completes.
    /// Returns its port and the descriptors to close afterwards.
    private func unansweringListener() throws -> (port: Int, descriptors: [Int32]) {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.2")
        let length = socklen_t(MemoryLayout<sockaddr_in>.size)
        try #require(withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, length) } } == 0)
        try #require(Glibc.listen(listener, 0) == 0)
        var bound = sockaddr_in()
        var boundLength = length
        _ = withUnsafeMutablePointer(to: &bound) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &boundLength) } }
        // The first connection fills the backlog.
        let filler = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(withUnsafePointer(to: &bound) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(filler, $0, length) } } == 0)
        return (Int(UInt16(bigEndian: bound.sin_port)), [filler, listener])
    }

    /// Answers on the next tick, so that the first attempt's event is heard.
    private func addresses(_ list: [String]) -> HostLookup {
        return { _, _, callback in
            process.nextTick { callback(nil, list.map { LookupAddress(address: $0, family: 4) }) }
        }
    }

    @Test func anAttemptWithoutAnswerTimesOutAndTheNextAddressConnects() throws {
        let (port, descriptors) = try unansweringListener()
        defer { descriptors.forEach { _ = close($0) } }
        var events: [String] = []
        try runOnFreshLoop {
            let server = net.createServer { socket in socket.end() }
            try server.listen(port, "127.0.0.1") {
                let options = TCPConnectOptions(
                    port: port, host: "two.example", lookup: addresses(["127.0.0.2", "127.0.0.1"]), autoSelectFamilyAttemptTimeout: 50
                )
                let client = try net.connect(options)
                client.on(.connectionAttempt) { events.append("attempt \($0.address)") }
                client.on(.connectionAttemptTimeout) { events.append("timeout \($0.address)") }
                client.on(.connectionAttemptFailed) { events.append("failed \($0.address)") }
                client.on(.connect) {
                    events.append("connect \(client.remoteAddress ?? "?")")
                    events.append("tried \(client.autoSelectFamilyAttemptedAddresses ?? [])")
                }
                client.resume()
                client.on(.close) { (_: Bool) in server.close() }
            }
        }
        #expect(events == [
            "attempt 127.0.0.2", "timeout 127.0.0.2", "attempt 127.0.0.1", "connect 127.0.0.1",
            "tried [\"127.0.0.2:\(port)\", \"127.0.0.1:\(port)\"]",
        ])
    }

    @Test func whenEveryAttemptFailsTheErrorAggregatesThemCodedAsTheFirst() throws {
        let (port, descriptors) = try unansweringListener()
        defer { descriptors.forEach { _ = close($0) } }
        var seen: [String] = []
        try runOnFreshLoop {
            // 127.0.0.2 never answers; nobody listens on 127.0.0.3, which refuses.
            let options = TCPConnectOptions(
                port: port, host: "two.example", lookup: addresses(["127.0.0.2", "127.0.0.3"]), autoSelectFamilyAttemptTimeout: 10
            )
            let client = try net.connect(options)
            client.on(.connectionAttemptTimeout) { seen.append("timeout \($0.address)") }
            client.on(.connectionAttemptFailed) { seen.append("failed \($0.address) \($0.error.code ?? "")") }
            client.on(.error) { error in
                guard let error = error as? AggregateError else { return seen.append("not an AggregateError: \(error)") }
                let codes = error.errors.map { ($0 as? NodeError)?.code ?? "?" }
                seen.append("error \(error.code ?? "nil") \(codes) '\(error.message)'")
            }
        }
        #expect(seen == [
            "timeout 127.0.0.2", "failed 127.0.0.3 ECONNREFUSED", "error ETIMEDOUT [\"ETIMEDOUT\", \"ECONNREFUSED\"] ''",
        ])
    }

    @Test func destroyingASocketWhileItTriesAddressesFreesIt() throws {
        let (port, descriptors) = try unansweringListener()
        defer { descriptors.forEach { _ = close($0) } }
        weak var weakClient: Socket?
        let started = Date()
        try runOnFreshLoop {
            let options = TCPConnectOptions(
                port: port, host: "two.example", lookup: addresses(["127.0.0.2", "127.0.0.3"]), autoSelectFamilyAttemptTimeout: 5_000
            )
            let client = try net.connect(options)
            client.on(.connectionAttempt) { _ in client.destroy() }
            client.on(.close) { (_: Bool) in _ = client.autoSelectFamilyAttemptedAddresses }
            weakClient = client
        }
        #expect(weakClient == nil)
        // The attempt's five-second timer went with the socket.
        #expect(Date().timeIntervalSince(started) < 4)
    }

    @Test func aSocketWhoseLookUpFailedIsFreed() throws {
        weak var weakClient: Socket?
        var code: String?
        try runOnFreshLoop {
            let client = try net.connect(TCPConnectOptions(port: 80, host: "nosuch..invalid"))
            client.on(.lookup) { _ in _ = client.connecting }
            client.on(.error) { error in code = (error as? NodeError)?.code }
            weakClient = client
        }
        #expect(code == "ENOTFOUND")
        #expect(weakClient == nil)
    }
}

/// A socket's final state when its loop closes first.
@Suite struct SocketLoopCloseTests {
    @Test func socketsStillOpenWhenTheLoopClosesDropTheListenersThatCaptureThem() throws {
        weak var weakClient: Socket?
        weak var weakAccepted: Socket?
        let loop = EventLoop()
        loop.run {
            let server = net.createServer()
            server.on(.connection) { socket in
                socket.on(.data) { _ in _ = socket.bytesRead }
                weakAccepted = socket
                server.unref()
                socket.unref()
            }
            try server.listen(0, "127.0.0.1") {
                let client = try net.connect(port: server.address()!.port, host: "127.0.0.1")
                client.on(.data) { _ in _ = client.bytesRead }
                client.on(.close) { (_: Bool) in _ = client.destroyed }
                try client.setTimeout(60_000) { _ = client.timeout }
                client.unref()
                weakClient = client
            }
        }
        try loop.close()
        #expect(weakClient == nil)
        #expect(weakAccepted == nil)
    }

    @Test func aLoopClosedWithASocketOpenIsFreed() throws {
        weak var weakLoop: EventLoop?
        do {
            let loop = EventLoop()
            weakLoop = loop
            loop.run {
                let server = net.createServer()
                server.on(.connection) { socket in
                    server.unref()
                    socket.unref()
                }
                try server.listen(0, "127.0.0.1") {
                    let client = try net.connect(port: server.address()!.port, host: "127.0.0.1")
                    client.unref()
                }
            }
            try loop.close()
        }
        #expect(weakLoop == nil)
    }

    @Test func aLoopClosedWithAnAgentsFreeSocketIsFreed() throws {
        weak var weakLoop: EventLoop?
        do {
            let loop = EventLoop()
            weakLoop = loop
            loop.run {
                let server = http.createServer { _, res in res.end("ok") }
                try server.listen(0, "127.0.0.1") {
                    server.unref()
                    try http.get("http://127.0.0.1:\(server.address()!.port)/") { res in res.resume() }
                }
            }
            try loop.close()
        }
        #expect(weakLoop == nil)
    }

    @Test func aLoopClosedWithAClientSocketOnlyIsFreed() throws {
        weak var weakLoop: EventLoop?
        do {
            let loop = EventLoop()
            weakLoop = loop
            loop.run {
                let client = try net.connect(port: 9, host: "127.0.0.1")
                client.on(.error) { _ in }
                client.unref()
            }
            try loop.close()
        }
        #expect(weakLoop == nil)
    }
}
