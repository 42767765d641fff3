import CLibUV
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// A child's stdio pipes are sockets
// ---------------------------------
// As in Node, where `child.stdout instanceof net.Socket`, a piped stdin, stdout or stderr is a
// `Socket` over a pipe `LoopHandle`: one handle lifecycle, one request lifecycle (the writes
// and the shutdown of stdin are the socket's `WriteRequest`s and `ShutdownRequest`), one stream
// model.
//
//   ChildProcess.init ─▶ Socket.childStdio: uv_pipe_init (the socket's own handle)
//   spawn ─▶ the pipe goes to uv_spawn in a UV_CREATE_PIPE container, and libuv opens it
//        ─▶ spawnReturned: stdout and stderr read(0), as Node's socket does when made over a
//           handle: reading starts, paused, and stops at the high-water mark until someone
//           reads; a pipe libuv did not open (uv_spawn failed before it forked) is destroyed
//
// stdin has no readable side (Node makes it with `readable: false`): `readable` is false and
// `readableEnded` true. stdout and stderr keep their writable side, as Node's do: `writable` is
// true, and once their output has ended they end it (shutting down a pipe the parent only
// reads finishes at once), then close.

extension Socket {
    /// A socket over a new pipe for one of a child's stdio streams; ``stdioContainer`` hands
    /// the pipe to `uv_spawn`, which connects it to the child.
    ///
    /// - Parameter parentReads: true for the child's stdout and stderr, false for its stdin,
    ///   which is made without a readable side.
    static func childStdio(parentReads: Bool) -> Socket {
        let socket = Socket()
        _ = socket.openHandle(.pipe)
        // Node's stdin has no readable side; a write to a child that has gone fails with
        // EPIPE (opening the socket ignored SIGPIPE).
        if !parentReads { socket.disableReadableSide() }
        return socket
    }

    /// The `uv_spawn` stdio entry that creates the pipe between this socket and the child: the
    /// child reads what the parent writes (stdin) or writes what the parent reads.
    var stdioContainer: uv_stdio_container_t {
        var container = uv_stdio_container_t()
        let direction = state.isEnabled ? UV_WRITABLE_PIPE : UV_READABLE_PIPE
        container.flags = uv_stdio_flags(UV_CREATE_PIPE.rawValue | direction.rawValue)
        container.data.stream = handle?.stream
        return container
    }

    /// After `uv_spawn`: a pipe libuv opened starts reading if the parent reads it (Node's
    /// `read(0)` when it makes a socket over a handle); one it did not open is destroyed, so
    /// that it closes and the child's `close` can come.
    func spawnReturned() {
        guard let handle, !handle.isClosing else { return }
        if uv_is_readable(handle.stream) == 0 && uv_is_writable(handle.stream) == 0 {
            destroy()
        } else if state.isEnabled {
            read(0)
        }
    }
}
