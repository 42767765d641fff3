import CLibUV

// The errors of Node's dgram module, in Node's words. System errors of a call on the socket
// come in Node's two shapes from NetErrors.swift: `bind EADDRINUSE 127.0.0.1:41234` for calls
// about an address (`NodeError.socket`), `setTTL EINVAL` for the others (`NodeError.errno`).

extension NodeError {
    /// `TypeError [ERR_SOCKET_BAD_TYPE]: Bad socket type specified. Valid types are: udp4, udp6`.
    static var socketBadType: NodeError {
        NodeError("Bad socket type specified. Valid types are: udp4, udp6", name: "TypeError", code: "ERR_SOCKET_BAD_TYPE")
    }

    /// `Error [ERR_SOCKET_ALREADY_BOUND]: Socket is already bound`.
    static var socketAlreadyBound: NodeError { NodeError("Socket is already bound", code: "ERR_SOCKET_ALREADY_BOUND") }

    /// `Error [ERR_SOCKET_DGRAM_NOT_RUNNING]: Not running`: a call on a closed socket.
    static var dgramNotRunning: NodeError { NodeError("Not running", code: "ERR_SOCKET_DGRAM_NOT_RUNNING") }

    /// `Error [ERR_SOCKET_DGRAM_IS_CONNECTED]: Already connected`.
    static var dgramIsConnected: NodeError { NodeError("Already connected", code: "ERR_SOCKET_DGRAM_IS_CONNECTED") }

    /// `Error [ERR_SOCKET_DGRAM_NOT_CONNECTED]: Not connected`.
    static var dgramNotConnected: NodeError { NodeError("Not connected", code: "ERR_SOCKET_DGRAM_NOT_CONNECTED") }

    /// `TypeError [ERR_SOCKET_BAD_BUFFER_SIZE]: Buffer size must be a positive integer`: a size
    /// that is not a 32-bit unsigned integer.
    static var socketBadBufferSize: NodeError {
        NodeError("Buffer size must be a positive integer", name: "TypeError", code: "ERR_SOCKET_BAD_BUFFER_SIZE")
    }

    /// `SystemError [ERR_SOCKET_BUFFER_SIZE]: Could not get or set buffer size:
    /// uv_recv_buffer_size returned EBADF (bad file descriptor)`, with `errno` and `syscall`.
    static func socketBufferSize(_ status: Int32, syscall: String) -> NodeError {
        let detail = "\(syscall) returned \(uvErrorName(status)) (\(String(cString: uv_strerror(status))))"
        let message = "Could not get or set buffer size: " + detail
        var error = NodeError(message, name: "SystemError", code: "ERR_SOCKET_BUFFER_SIZE")
        error.errno = status
        error.syscall = syscall
        return error
    }

    /// `TypeError [ERR_MISSING_ARGS]: The "multicastAddress" argument must be specified`.
    static func missingArgument(_ name: String) -> NodeError {
        NodeError("The \"\(name)\" argument must be specified", name: "TypeError", code: "ERR_MISSING_ARGS")
    }

    /// `RangeError [ERR_BUFFER_OUT_OF_BOUNDS]: "offset" is outside of buffer bounds`.
    static func bufferOutOfBounds(_ name: String) -> NodeError {
        NodeError("\"\(name)\" is outside of buffer bounds", name: "RangeError", code: "ERR_BUFFER_OUT_OF_BOUNDS")
    }

    /// `TypeError: Cannot read properties of null (reading 'setTTL')`: what Node 20 throws for
    /// an option set on a closed socket, whose handle it has let go of.
    static func closedHandle(reading member: String) -> NodeError {
        NodeError("Cannot read properties of null (reading '\(member)')", name: "TypeError")
    }
}
