// How an agent shares connections, as Node's lib/_http_agent.js does
// --------------------------------------------------------------------
//   addRequest ─▶ a free socket for the origin (`host:port:`, last freed first): reusedSocket,
//     ref'd again ─▶ else under maxSockets: a new connection ─▶ else queued for the origin
//   a request done with its socket (free) ─▶ the oldest queued request takes it ─▶ else, with
//     keepAlive, the socket joins the free pool unref'd (it never keeps the program alive),
//     with the agent's timeout ─▶ else it is destroyed
//   a socket closes (the server closed a free one, say) ─▶ it leaves the pool, and a queued
//     request may get a new connection in its place

/// Keeps and shares the connections of client requests (Node's `http.Agent`): with `keepAlive`,
/// a socket whose response ended waits in a free pool for the next request to the same host
/// and port.
///
/// ```swift
/// let agent = HTTPAgent(keepAlive: true, maxSockets: 4)
/// let options = HTTPRequestOptions(host: "127.0.0.1", port: 8080, agent: .custom(agent))
/// try http.get(options) { res in res.resume() }
/// // once done with it: agent.destroy()
/// ```
public final class HTTPAgent: EventEmitter {
    /// Whether free sockets are kept for later requests (Node's `keepAlive`).
    public let keepAlive: Bool
    /// The TCP keep-alive delay of a free socket, in milliseconds (Node's `keepAliveMsecs`).
    public let keepAliveMsecs: Int
    /// The most sockets open at once for one origin (Node's `maxSockets`; `Int.max` is
    /// Node's `Infinity`).
    public let maxSockets: Int
    /// The most free sockets kept for one origin (Node's `maxFreeSockets`).
    public let maxFreeSockets: Int
    /// The idle timeout of the agent's sockets, in milliseconds; a free socket that idles that
    /// long is destroyed (Node's `timeout`).
    public let timeout: Double?
    /// The sockets in use, by origin (Node's `sockets`).
    public private(set) var sockets: [String: [Socket]] = [:]
    /// The free sockets, by origin (Node's `freeSockets`).
    public private(set) var freeSockets: [String: [Socket]] = [:]
    /// The requests waiting for a socket, by origin (Node's `requests`).
    public private(set) var requests: [String: [ClientRequest]] = [:]
    /// The listener that keeps a free socket's error quiet, by socket, taken off on reuse.
    private var freeSocketErrorListeners: [ObjectIdentifier: ListenerID] = [:]

    /// An agent; every argument has Node's default for `new http.Agent()`.
    public init(
        keepAlive: Bool = false, keepAliveMsecs: Int = 1000, maxSockets: Int = .max, maxFreeSockets: Int = 256,
        timeout: Double? = nil
    ) {
        self.keepAlive = keepAlive
        self.keepAliveMsecs = keepAliveMsecs
        self.maxSockets = maxSockets
        self.maxFreeSockets = maxFreeSockets
        self.timeout = timeout
        super.init()
    }

    // MARK: Finding a socket

    /// Gives `request` a socket: a free one, a new one, or a place in the queue (Node's
    /// `addRequest`).
    func addRequest(_ request: ClientRequest) {
        owner.check("HTTPAgent.addRequest")
        let key = request.originKey
        var free = freeSockets[key] ?? []
        free.removeAll { $0.destroyed }
        let socket = free.popLast()
        freeSockets[key] = free.isEmpty ? nil : free
        let inUse = sockets[key]?.count ?? 0
        if let socket {
            if let id = freeSocketErrorListeners.removeValue(forKey: ObjectIdentifier(socket)) { socket.off(.error, id) }
            request.reusedSocket = true
            socket.ref()
            give(socket, to: request)
            sockets[key, default: []].append(socket)
        } else if free.count + inUse < maxSockets {
            createSocket(for: request)
        } else {
            requests[key, default: []].append(request)
        }
    }

    /// Takes a destroyed request out of the queue; whether it was there.
    func cancel(_ request: ClientRequest) -> Bool {
        let key = request.originKey
        guard let index = requests[key]?.firstIndex(where: { $0 === request }) else { return false }
        requests[key]?.remove(at: index)
        if requests[key]?.isEmpty == true { requests[key] = nil }
        return true
    }

    private func give(_ socket: Socket, to request: ClientRequest) {
        request.onSocket(socket)
        if let wanted = request.timeout, wanted != (timeout ?? 0) { _ = try? socket.setTimeout(wanted) }
    }

    private func createSocket(for request: ClientRequest) {
        let key = request.originKey
        let socket = Socket()
        sockets[key, default: []].append(socket)
        if let timeout { _ = try? socket.setTimeout(timeout) }
        socket.on(.timeout) { [weak self, unowned socket] in
            // A free socket that idles too long goes; one in use is its request's business.
            if self?.freeSockets[key]?.contains(where: { $0 === socket }) == true { _ = socket.destroy() }
        }
        socket.on(.close) { [weak self, unowned socket] (_: Bool) in self?.remove(socket, key: key) }
        give(socket, to: request)
        do {
            _ = try socket.connect(TCPConnectOptions(port: request.port, host: request.host))
        } catch {
            _ = socket.destroy(error)
        }
    }

    // MARK: Getting it back

    /// A request is done with `socket` (Node's `free` event): the next queued request takes
    /// it, or the pool keeps it, or it is destroyed.
    func free(_ socket: Socket, after request: ClientRequest) {
        let key = request.originKey
        guard socket.writable else {
            _ = socket.destroy()
            return
        }
        if var queue = requests[key], !queue.isEmpty {
            let next = queue.removeFirst()
            requests[key] = queue.isEmpty ? nil : queue
            give(socket, to: next)
            return
        }
        let free = freeSockets[key] ?? []
        let count = free.count + (sockets[key]?.count ?? 0)
        guard request.shouldKeepAlive, keepAlive, count <= maxSockets, free.count < maxFreeSockets else {
            _ = socket.destroy()
            return
        }
        _ = socket.setKeepAlive(true, keepAliveMsecs)
        socket.unref()
        if socket.timeout != (timeout ?? 0) { _ = try? socket.setTimeout(timeout ?? 0) }
        sockets[key]?.removeAll { $0 === socket }
        if sockets[key]?.isEmpty == true { sockets[key] = nil }
        // A free socket's error (the server reset it) is nobody's to report.
        freeSocketErrorListeners[ObjectIdentifier(socket)] = socket.once(.error) { _ in }
        freeSockets[key, default: []].append(socket)
    }

    /// `socket` closed: it leaves the agent, and a queued request may get a new connection.
    private func remove(_ socket: Socket, key: String) {
        sockets[key]?.removeAll { $0 === socket }
        if sockets[key]?.isEmpty == true { sockets[key] = nil }
        freeSockets[key]?.removeAll { $0 === socket }
        if freeSockets[key]?.isEmpty == true { freeSockets[key] = nil }
        freeSocketErrorListeners[ObjectIdentifier(socket)] = nil
        if var queue = requests[key], !queue.isEmpty, (sockets[key]?.count ?? 0) < maxSockets {
            let next = queue.removeFirst()
            requests[key] = queue.isEmpty ? nil : queue
            createSocket(for: next)
        }
    }

    /// Destroys every socket the agent holds, in use or free (Node's `destroy`).
    public func destroy() {
        owner.check("HTTPAgent.destroy")
        let all = Array(sockets.values.joined()) + Array(freeSockets.values.joined())
        for socket in all { _ = socket.destroy() }
    }
}

@available(*, unavailable, message: "an agent belongs to its loop")
extension HTTPAgent: Sendable {}
