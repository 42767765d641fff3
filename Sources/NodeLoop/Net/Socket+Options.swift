import CLibUV

// A socket's options and what it reports about itself: Nagle's algorithm, keep-alive, the idle
// timeout, keeping the loop alive, addresses and byte counts. Options set before the socket
// has a handle wait for it, as in Node.

extension Socket {
    // MARK: Options

    /// Turns Nagle's algorithm off (`true`, the default) or on (Node's `setNoDelay`).
    @discardableResult
    public func setNoDelay(_ noDelay: Bool = true) -> Socket {
        owner.check("Socket.setNoDelay")
        pendingNoDelay = noDelay
        applyPendingOptions()
        return self
    }

    /// Turns TCP keep-alive probes on or off, the first after `initialDelay` milliseconds of
    /// idleness (Node's `setKeepAlive`; whole seconds count, as in Node).
    @discardableResult
    public func setKeepAlive(_ enable: Bool = false, _ initialDelay: Int = 0) -> Socket {
        owner.check("Socket.setKeepAlive")
        pendingKeepAlive = (enable, UInt32(clamping: Swift.max(initialDelay, 0) / 1000))
        applyPendingOptions()
        return self
    }

    /// Emits `timeout` once the socket has been idle (nothing read or written) for `msecs`
    /// milliseconds; 0 turns it off (Node's `setTimeout`). The socket stays open: end or
    /// destroy it in the listener. `callback` is added as a one-time `timeout` listener.
    ///
    /// - Throws: Node's `ERR_OUT_OF_RANGE` for a negative or non-finite time.
    @discardableResult
    public func setTimeout(_ msecs: Double, _ callback: (() throws -> Void)? = nil) throws -> Socket {
        owner.check("Socket.setTimeout")
        guard msecs.isFinite, msecs >= 0 else { throw NodeError.badTimeout(msecs) }
        timeout = msecs
        clearTimeout(idleTimer)
        idleTimer = nil
        guard msecs > 0 else { return self }
        // The timer never keeps the loop alive, as Node's socket timers do not.
        let timer = NodeLoop.setTimeout(msecs) { [weak self] in try self?.emit(.timeout) }
        timer.unref()
        idleTimer = timer
        if let callback { once(.timeout, callback) }
        return self
    }

    /// Lets the socket keep the loop alive (the default).
    @discardableResult
    public func ref() -> Socket {
        owner.check("Socket.ref")
        pendingUnref = false
        handle?.ref()
        return self
    }

    /// Lets the loop end while the socket is open (Node's `unref`).
    @discardableResult
    public func unref() -> Socket {
        owner.check("Socket.unref")
        pendingUnref = true
        handle?.unref()
        return self
    }

    /// Applies the options set while there was no handle.
    func applyPendingOptions() {
        guard let handle, !handle.isClosing else { return }
        if pendingUnref { handle.unref() }
        guard kind == .tcp else { return }
        let tcp = handle.pointer(as: uv_tcp_t.self)
        if let noDelay = pendingNoDelay { uv_tcp_nodelay(tcp, noDelay ? 1 : 0) }
        if let (enable, seconds) = pendingKeepAlive { uv_tcp_keepalive(tcp, enable ? 1 : 0, seconds) }
    }

    // MARK: What the socket reports

    /// Node's `bytesWritten`: bytes handed to libuv plus bytes still waiting to be.
    public var bytesWritten: Int {
        let waiting = _writableCore.state.length - (_writableCore.state.inFlight?.size ?? 0)
        return bytesDispatched + waiting + (pendingWrite?.chunk.count ?? 0)
    }

    /// The local address, family and port (Node's `socket.address()`); nil for a pipe or a
    /// socket that is not connected.
    public func address() -> AddressInfo? { localInfo }

    /// Node's `localAddress`.
    public var localAddress: String? { localInfo?.address }
    /// Node's `localPort`.
    public var localPort: Int? { localInfo?.port }
    /// Node's `localFamily`.
    public var localFamily: String? { localInfo?.family }
    /// Node's `remoteAddress`.
    public var remoteAddress: String? { remoteInfo?.address }
    /// Node's `remotePort`.
    public var remotePort: Int? { remoteInfo?.port }
    /// Node's `remoteFamily`.
    public var remoteFamily: String? { remoteInfo?.family }

    /// Node's `pending`: the socket is not connected yet (no connection made or accepted).
    public var pending: Bool { handle == nil || connecting }
}
