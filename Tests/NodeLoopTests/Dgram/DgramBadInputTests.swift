import Testing
@testable import NodeLoop

/// Bad input to `dgram`, each with the error Node gives (recorded from node 20): thrown at the
/// call, passed to a callback, or emitted as `error`.
@Suite struct DgramBadInputTests {
    struct BadInput: Sendable, CustomTestStringConvertible {
        let label: String
        let name: String
        let code: String?
        let message: String
        /// Makes the bad call; an error not thrown at once is handed to `report`.
        let run: @Sendable (_ report: @escaping (any Error) -> Void) throws -> Void

        var testDescription: String { label }
    }

    static let badPort = "Port should be > 0 and < 65536. Received"
    static let badRange = "is out of range. It must be >= 0 && <= 4294967295. Received"
    static let badType = "Bad socket type specified. Valid types are: udp4, udp6"

    /// A socket bound to a free port of 127.0.0.1, handed to `then` once listening.
    static func bound(_ type: String = "udp4", _ then: @escaping (DatagramSocket) throws -> Void) throws {
        let socket = try dgram.createSocket(type)
        try socket.bind(0, type == "udp4" ? "127.0.0.1" : "::1") { try then(socket) }
    }

    static let catalog: [BadInput] = [
        BadInput(label: "type udp5", name: "TypeError", code: "ERR_SOCKET_BAD_TYPE", message: badType) { _ in
            _ = try dgram.createSocket("udp5")
        },
        BadInput(label: "empty type in options", name: "TypeError", code: "ERR_SOCKET_BAD_TYPE", message: badType) { _ in
            _ = try dgram.createSocket(type: "")
        },
        BadInput(label: "recvBufferSize -1", name: "RangeError", code: "ERR_OUT_OF_RANGE", message: "The value of \"options.recvBufferSize\" \(badRange) -1") { _ in
            _ = try dgram.createSocket(type: "udp4", recvBufferSize: -1)
        },
        BadInput(label: "sendBufferSize 2^32", name: "RangeError", code: "ERR_OUT_OF_RANGE", message: "The value of \"options.sendBufferSize\" \(badRange) 4294967296") { _ in
            _ = try dgram.createSocket(type: "udp6", sendBufferSize: 1 << 32)
        },
        BadInput(label: "send to port 0", name: "RangeError", code: "ERR_SOCKET_BAD_PORT", message: "\(badPort) type number (0).") { _ in
            try dgram.createSocket("udp4").send("x", 0, "127.0.0.1")
        },
        BadInput(label: "send to port 65536", name: "RangeError", code: "ERR_SOCKET_BAD_PORT", message: "\(badPort) type number (65536).") { _ in
            try dgram.createSocket("udp4").send([Buffer([1])], 65536)
        },
        BadInput(label: "send without a port", name: "RangeError", code: "ERR_SOCKET_BAD_PORT", message: "\(badPort) undefined.") { _ in
            try dgram.createSocket("udp4").send("x")
        },
        BadInput(label: "connect to port 0", name: "RangeError", code: "ERR_SOCKET_BAD_PORT", message: "\(badPort) type number (0).") { _ in
            try dgram.createSocket("udp4").connect(0)
        },
        BadInput(label: "connect to port -80", name: "RangeError", code: "ERR_SOCKET_BAD_PORT", message: "\(badPort) type number (-80).") { _ in
            try dgram.createSocket("udp6").connect(-80, "::1")
        },
        BadInput(label: "offset past the end", name: "RangeError", code: "ERR_BUFFER_OUT_OF_BOUNDS", message: "\"offset\" is outside of buffer bounds") { _ in
            try dgram.createSocket("udp4").send(Buffer([1, 2]), offset: 3, length: 0, 9)
        },
        BadInput(label: "length past the end", name: "RangeError", code: "ERR_BUFFER_OUT_OF_BOUNDS", message: "\"length\" is outside of buffer bounds") { _ in
            try dgram.createSocket("udp4").send(Buffer([1, 2]), offset: 1, length: -1, 9)
        },
        BadInput(label: "bind while binding", name: "Error", code: "ERR_SOCKET_ALREADY_BOUND", message: "Socket is already bound") { _ in
            let socket = try dgram.createSocket("udp4")
            defer { _ = try? socket.close() }
            try socket.bind()
            try socket.bind(0, "127.0.0.1")
        },
        BadInput(label: "close twice", name: "Error", code: "ERR_SOCKET_DGRAM_NOT_RUNNING", message: "Not running") { _ in
            try dgram.createSocket("udp4").close().close()
        },
        BadInput(label: "send after close", name: "Error", code: "ERR_SOCKET_DGRAM_NOT_RUNNING", message: "Not running") { _ in
            try dgram.createSocket("udp4").close().send("x", 9)
        },
        BadInput(label: "setTTL after close", name: "TypeError", code: nil, message: "Cannot read properties of null (reading 'setTTL')") { _ in
            try dgram.createSocket("udp4").close().setTTL(1)
        },
        BadInput(label: "remoteAddress unconnected", name: "Error", code: "ERR_SOCKET_DGRAM_NOT_CONNECTED", message: "Not connected") { _ in
            _ = try dgram.createSocket("udp4").remoteAddress()
        },
        BadInput(label: "disconnect unconnected", name: "Error", code: "ERR_SOCKET_DGRAM_NOT_CONNECTED", message: "Not connected") { _ in
            try dgram.createSocket("udp6").disconnect()
        },
        BadInput(label: "connect twice", name: "Error", code: "ERR_SOCKET_DGRAM_IS_CONNECTED", message: "Already connected") { _ in
            let socket = try dgram.createSocket("udp4")
            defer { _ = try? socket.close() }
            try socket.connect(9)
            try socket.connect(9)
        },
        BadInput(label: "setRecvBufferSize -1", name: "TypeError", code: "ERR_SOCKET_BAD_BUFFER_SIZE", message: "Buffer size must be a positive integer") { _ in
            try dgram.createSocket("udp4").setRecvBufferSize(-1)
        },
        BadInput(label: "getSendBufferSize unbound", name: "SystemError", code: "ERR_SOCKET_BUFFER_SIZE", message: "Could not get or set buffer size: uv_send_buffer_size returned EBADF (bad file descriptor)") { _ in
            _ = try dgram.createSocket("udp4").getSendBufferSize()
        },
        BadInput(label: "addMembership without a group", name: "TypeError", code: "ERR_MISSING_ARGS", message: "The \"multicastAddress\" argument must be specified") { _ in
            try dgram.createSocket("udp4").addMembership("")
        },
        BadInput(label: "address unbound", name: "Error", code: "EBADF", message: "getsockname EBADF") { _ in
            _ = try dgram.createSocket("udp4").address()
        },
        BadInput(label: "setTTL 0", name: "Error", code: "EINVAL", message: "setTTL EINVAL") { report in
            try bound { socket in
                defer { _ = try? socket.close() }
                do { try socket.setTTL(0) } catch { report(error) }
            }
        },
        BadInput(label: "bind an address the machine lacks", name: "Error", code: "EADDRNOTAVAIL", message: "bind EADDRNOTAVAIL 192.0.2.1") { report in
            let socket = try dgram.createSocket("udp4")
            socket.on(.error) { error in
                report(error)
                try socket.close()
            }
            try socket.bind(0, "192.0.2.1")
        },
        BadInput(label: "send past 65,507 bytes", name: "Error", code: "EMSGSIZE", message: "send EMSGSIZE 127.0.0.1:9") { report in
            let socket = try dgram.createSocket("udp4")
            try socket.send(try Buffer.alloc(70_000), 9, "127.0.0.1") { error, _ in
                if let error { report(error) }
                try socket.close()
            }
        },
        BadInput(label: "send to an IPv4 address from udp6", name: "Error", code: "EINVAL", message: "send EINVAL 127.0.0.1:9") { report in
            let socket = try dgram.createSocket("udp6")
            try socket.send("x", 9, "127.0.0.1") { error, _ in
                if let error { report(error) }
                try socket.close()
            }
        },
        BadInput(label: "connect udp4 to ::1", name: "Error", code: "EINVAL", message: "connect EINVAL ::1:9") { report in
            let socket = try dgram.createSocket("udp4")
            try socket.connect(9, "::1") { error in
                if let error { report(error) }
                try socket.close()
            }
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
