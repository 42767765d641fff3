import CLibUV

// Node's socket errors, in the shapes lib/internal/errors.js gives them: a failed connect
// names the address (`connect ECONNREFUSED 127.0.0.1:8080`), a failed listen adds libuv's
// description (`listen EADDRINUSE: address already in use 127.0.0.1:8080`), a failed read or
// write only the call (`read ECONNRESET`).

extension NodeError {
    /// `connect ECONNREFUSED 127.0.0.1:8080` (Node's `exceptionWithHostPort`); the port is left
    /// out when there is none or it is 0, as Node leaves it out.
    static func socket(_ status: Int32, syscall: String, address: String, port: Int?) -> NodeError {
        var error = errno(status, syscall: syscall, detail: address + portSuffix(port))
        error.address = address
        // Node sets `port` only when it is not 0 (a bind to port 0 that failed has none).
        error.port = port == 0 ? nil : port
        return error
    }

    /// `listen EADDRINUSE: address already in use 127.0.0.1:8080` (Node's
    /// `uvExceptionWithHostPort`); a pipe's path takes the place of the address.
    static func listen(_ status: Int32, address: String, port: Int?) -> NodeError {
        let code = uvErrorName(status)
        let message = "listen \(code): \(String(cString: uv_strerror(status))) \(address)\(portSuffix(port))"
        var error = NodeError(message, code: code)
        error.errno = status
        error.syscall = "listen"
        error.address = address
        error.port = port
        return error
    }

    /// `read ECONNRESET`, `write EPIPE`: a failed call on an open socket (Node's
    /// `errnoException`), or the same followed by a detail.
    static func errno(_ status: Int32, syscall: String, detail: String? = nil) -> NodeError {
        let code = uvErrorName(status)
        var error = NodeError("\(syscall) \(code)" + (detail.map { " \($0)" } ?? ""), code: code)
        error.errno = status
        error.syscall = syscall
        return error
    }

    private static func portSuffix(_ port: Int?) -> String {
        guard let port, port > 0 else { return "" }
        return ":\(port)"
    }

    /// `RangeError [ERR_SOCKET_BAD_PORT]: Port should be >= 0 and < 65536. Received type
    /// number (-1).` `name` is `Port` for `connect`, `options.port` for `listen`, as in Node;
    /// where port 0 is refused too (a datagram's destination) the bound reads `> 0`.
    static func socketBadPort(_ port: Int, name: String, allowZero: Bool = true) -> NodeError {
        socketBadPort(received: "type number (\(port))", name: name, allowZero: allowZero)
    }

    /// The same error for a value Node describes otherwise: `received` is `undefined` for a
    /// port left out, `function ` for a callback where the port belongs.
    static func socketBadPort(received: String, name: String, allowZero: Bool) -> NodeError {
        NodeError(
            "\(name) should be \(allowZero ? ">=" : ">") 0 and < 65536. Received \(received).",
            name: "RangeError",
            code: "ERR_SOCKET_BAD_PORT"
        )
    }

    /// `TypeError [ERR_INVALID_IP_ADDRESS]: Invalid IP address: nonsense`: a look-up answered
    /// with something that is not an IP address (`undefined` when it gave none).
    static func invalidIPAddress(_ address: String?) -> NodeError {
        NodeError("Invalid IP address: \(address ?? "undefined")", name: "TypeError", code: "ERR_INVALID_IP_ADDRESS")
    }

    /// `RangeError [ERR_INVALID_ADDRESS_FAMILY]: Invalid address family: 5 example.test:80`: a
    /// look-up answered with a family other than 4 or 6.
    static func invalidAddressFamily(_ family: Int, host: String, port: Int) -> NodeError {
        NodeError("Invalid address family: \(family) \(host):\(port)", name: "RangeError", code: "ERR_INVALID_ADDRESS_FAMILY")
    }

    /// `Error [ERR_SOCKET_CLOSED]: Socket is closed`: a write on a socket that never connected.
    static var socketClosed: NodeError { NodeError("Socket is closed", code: "ERR_SOCKET_CLOSED") }

    /// `Error [ERR_SERVER_NOT_RUNNING]: Server is not running.`: `close` on a server that is
    /// not listening.
    static var serverNotRunning: NodeError { NodeError("Server is not running.", code: "ERR_SERVER_NOT_RUNNING") }

    /// `Error [ERR_SERVER_ALREADY_LISTEN]: Listen method has been called more than once
    /// without closing.`
    static var serverAlreadyListen: NodeError {
        NodeError("Listen method has been called more than once without closing.", code: "ERR_SERVER_ALREADY_LISTEN")
    }

    /// Node's error for a write after the other side ended a socket that does not allow half
    /// open connections: `This socket has been ended by the other party`, code `EPIPE`.
    static var endedByOtherParty: NodeError { NodeError("This socket has been ended by the other party", code: "EPIPE") }

    /// `RangeError [ERR_OUT_OF_RANGE]: The value of "msecs" is out of range. It must be a
    /// non-negative finite number. Received -1`.
    static func badTimeout(_ msecs: Double) -> NodeError {
        NodeError(
            "The value of \"msecs\" is out of range. It must be a non-negative finite number. Received \(jsNumberString(msecs))",
            name: "RangeError",
            code: "ERR_OUT_OF_RANGE"
        )
    }
}
