import Testing
@testable import NodeLoop

/// Bad input to `net`, each with the error Node gives (recorded from node 20): thrown at the
/// call, passed to a callback, or emitted as `error`.
@Suite struct NetBadInputTests {
    struct BadInput: Sendable, CustomTestStringConvertible {
        let label: String
        let name: String
        let code: String
        let message: String
        /// Makes the bad call; an error not thrown at once is handed to `report`.
        let run: @Sendable (_ report: @escaping (any Error) -> Void) throws -> Void

        var testDescription: String { label }
    }

    static let badPort = "should be >= 0 and < 65536. Received type number"
    static let badMsecs = "The value of \"msecs\" is out of range. It must be a non-negative finite number. Received"

    static let catalog: [BadInput] = [
        BadInput(label: "connect -1", name: "RangeError", code: "ERR_SOCKET_BAD_PORT", message: "Port \(badPort) (-1).") { _ in
            try net.connect(port: -1, host: "127.0.0.1")
        },
        BadInput(label: "connect -80", name: "RangeError", code: "ERR_SOCKET_BAD_PORT", message: "Port \(badPort) (-80).") { _ in
            try net.connect(port: -80, host: "127.0.0.1")
        },
        BadInput(label: "connect 65536", name: "RangeError", code: "ERR_SOCKET_BAD_PORT", message: "Port \(badPort) (65536).") { _ in
            try net.connect(port: 65536, host: "127.0.0.1")
        },
        BadInput(label: "connect 100000", name: "RangeError", code: "ERR_SOCKET_BAD_PORT", message: "Port \(badPort) (100000).") { _ in
            try net.createConnection(port: 100_000, host: "127.0.0.1")
        },
        BadInput(label: "connect 2^32", name: "RangeError", code: "ERR_SOCKET_BAD_PORT", message: "Port \(badPort) (4294967296).") { _ in
            try Socket().connect(port: 1 << 32)
        },
        BadInput(label: "listen -1", name: "RangeError", code: "ERR_SOCKET_BAD_PORT", message: "options.port \(badPort) (-1).") { _ in
            try net.createServer().listen(-1)
        },
        BadInput(label: "listen -80", name: "RangeError", code: "ERR_SOCKET_BAD_PORT", message: "options.port \(badPort) (-80).") { _ in
            try net.createServer().listen(-80)
        },
        BadInput(label: "listen 65536", name: "RangeError", code: "ERR_SOCKET_BAD_PORT", message: "options.port \(badPort) (65536).") { _ in
            try net.createServer().listen(65536)
        },
        BadInput(label: "listen 70000 on a host", name: "RangeError", code: "ERR_SOCKET_BAD_PORT", message: "options.port \(badPort) (70000).") { _ in
            try net.createServer().listen(70000, "127.0.0.1")
        },
        BadInput(label: "listen 2^32", name: "RangeError", code: "ERR_SOCKET_BAD_PORT", message: "options.port \(badPort) (4294967296).") { _ in
            try net.createServer().listen(1 << 32)
        },
        BadInput(label: "setTimeout -1", name: "RangeError", code: "ERR_OUT_OF_RANGE", message: "\(badMsecs) -1") { _ in
            try Socket().setTimeout(-1)
        },
        BadInput(label: "setTimeout -0.5", name: "RangeError", code: "ERR_OUT_OF_RANGE", message: "\(badMsecs) -0.5") { _ in
            try Socket().setTimeout(-0.5)
        },
        BadInput(label: "setTimeout NaN", name: "RangeError", code: "ERR_OUT_OF_RANGE", message: "\(badMsecs) NaN") { _ in
            try Socket().setTimeout(.nan)
        },
        BadInput(label: "setTimeout Infinity", name: "RangeError", code: "ERR_OUT_OF_RANGE", message: "\(badMsecs) Infinity") { _ in
            try Socket().setTimeout(.infinity)
        },
        BadInput(label: "setTimeout -Infinity", name: "RangeError", code: "ERR_OUT_OF_RANGE", message: "\(badMsecs) -Infinity") { _ in
            try Socket().setTimeout(-.infinity)
        },
        BadInput(label: "connect with timeout -1", name: "RangeError", code: "ERR_OUT_OF_RANGE", message: "\(badMsecs) -1") { _ in
            try net.connect(port: 1, host: "127.0.0.1", timeout: -1)
        },
        BadInput(label: "listen twice", name: "Error", code: "ERR_SERVER_ALREADY_LISTEN", message: "Listen method has been called more than once without closing.") { report in
            let server = net.createServer()
            try server.listen(0, "127.0.0.1") {
                defer { server.close() }
                do { try server.listen(0) } catch { report(error) }
            }
        },
        BadInput(label: "close a server that is not listening", name: "Error", code: "ERR_SERVER_NOT_RUNNING", message: "Server is not running.") { report in
            net.createServer().close { error in if let error { report(error) } }
        },
        BadInput(label: "write after end", name: "Error", code: "ERR_STREAM_WRITE_AFTER_END", message: "write after end") { report in
            let socket = Socket()
            socket.on(.error) { _ in }
            socket.end()
            socket.write("x") { error in if let error { report(error) } }
        },
        BadInput(label: "write after destroy", name: "Error", code: "ERR_STREAM_DESTROYED", message: "Cannot call write after a stream was destroyed") { report in
            let socket = Socket()
            socket.destroy()
            socket.write("x") { error in if let error { report(error) } }
        },
        BadInput(label: "write on a socket never connected", name: "Error", code: "ERR_SOCKET_CLOSED", message: "Socket is closed") { report in
            let socket = Socket()
            socket.on(.error) { _ in }
            socket.write("x") { error in if let error { report(error) } }
        },
        BadInput(label: "connect to a missing path", name: "Error", code: "ENOENT", message: "connect ENOENT /nonexistent-nodeloop/x.sock") { report in
            try net.connect(path: "/nonexistent-nodeloop/x.sock").on(.error) { report($0) }
        },
        BadInput(label: "listen under a missing directory", name: "Error", code: "EACCES", message: "listen EACCES: permission denied /nonexistent-nodeloop/d/x.sock") { report in
            let server = net.createServer()
            server.on(.error) { report($0) }
            try server.listen(path: "/nonexistent-nodeloop/d/x.sock")
        },
        BadInput(label: "connect to port 0", name: "Error", code: "ECONNREFUSED", message: "connect ECONNREFUSED 127.0.0.1") { report in
            try net.connect(port: 0, host: "127.0.0.1").on(.error) { report($0) }
        },
        BadInput(label: "connect to a host name", name: "Error", code: "ENOTFOUND", message: "getaddrinfo ENOTFOUND no.such.host.invalid") { report in
            try net.connect(port: 80, host: "no.such.host.invalid").on(.error) { report($0) }
        },
    ]

    @Test(arguments: catalog)
    func badInputGivesNodesError(_ input: BadInput) throws {
        var seen: (any Error)?
        try runOnFreshLoop {
            do {
                try input.run { error in seen = seen ?? error }
            } catch {
                seen = error
            }
        }
        let error = try #require(seen as? NodeError)
        #expect(error.name == input.name)
        #expect(error.code == input.code)
        #expect(error.message == input.message)
    }
}
