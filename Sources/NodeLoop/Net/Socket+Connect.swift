import CLibUV

// How a socket reaches a host, as Node's lib/net.js orders it
// ------------------------------------------------------------
//   IP address ─ next tick ─▶ attempt
//   host name ─ look-up (dns.lookup or the caller's) ─▶ 'lookup' ─▶ attempt
//   host name, no family, autoSelectFamily ─ look-up of every address ─▶ 'lookup' for each
//       one usable address ─▶ attempt
//       several ─▶ AddressAttempts, the two families alternating, the first answer's first:
//           'connectionAttempt' ─ refused ─▶ 'connectionAttemptFailed' ─▶ the next, on a new handle
//                               ─ no answer in time ─▶ 'connectionAttemptTimeout' ─▶ the next
//                               ─ connected ─▶ 'connect'
//           none left ─▶ destroyed with an AggregateError of every attempt's error
//   attempt: 'connectionAttempt' ─ connect request ─▶ 'connect', or 'connectionAttemptFailed'
//            and destroyed with the error
//
// A socket destroyed while it looks up or connects ignores every later answer: each step checks
// that the socket is still connecting, and a superseded attempt's answer is dropped.

/// A connection's options, checked as Node checks them before anything starts.
struct ConnectionPlan {
    let port: Int
    let host: String
    let lookup: HostLookup?
    let lookupOptions: HostLookupOptions
    /// Each attempt's time when several addresses are tried, in milliseconds (at least 10).
    let attemptTimeout: Int

    init(_ options: TCPConnectOptions) throws {
        port = options.port
        host = options.host.isEmpty ? "localhost" : options.host
        lookup = options.lookup
        var attemptTimeout = net.getDefaultAutoSelectFamilyAttemptTimeout()
        if let timeout = options.autoSelectFamilyAttemptTimeout {
            guard (1...Int(Int32.max)).contains(timeout) else {
                throw NodeError.outOfRange("options.autoSelectFamilyAttemptTimeout", mustBe: ">= 1 && <= 2147483647", received: Int64(timeout))
            }
            attemptTimeout = max(timeout, 10)
        }
        self.attemptTimeout = attemptTimeout
        let family = try options.family.checked(acceptsNames: true)
        // Node asks only for the families the machine has when no family is given.
        let hints = family == 0 && options.hints.isEmpty ? LookupHints.addrConfig : options.hints
        _ = try hints.checked()
        let tryEveryAddress = family == 0 && (options.autoSelectFamily ?? net.getDefaultAutoSelectFamily())
        lookupOptions = HostLookupOptions(family: family, hints: hints, all: tryEveryAddress)
    }
}

/// The addresses of one host name, tried in turn (Node's `internalConnectMultiple` context).
final class AddressAttempts {
    let addresses: [ConnectionAttempt]
    let attemptTimeout: Int
    /// How many attempts have started; the one in flight is `started - 1`.
    var started = 0
    /// Each failed attempt's error, in order.
    var errors: [NodeError] = []
    /// The running attempt's time limit.
    var timer: Timeout?

    init(_ addresses: [ConnectionAttempt], attemptTimeout: Int) {
        self.addresses = addresses
        self.attemptTimeout = attemptTimeout
    }
}

extension Socket {
    /// Looks the host up unless it is an IP address, then connects (Node's `lookupAndConnect`).
    func lookUpAndConnect(_ plan: ConnectionPlan) throws {
        let literalFamily = IPAddressSyntax.family(of: plan.host)
        if literalFamily != 0 {
            let target = ConnectionAttempt(address: plan.host, port: plan.port, family: literalFamily)
            process.nextTick { [self] in
                if connecting { attempt(target) }
            }
            return
        }
        let answer: ((any Error)?, [LookupAddress]) -> Void = { [self] error, addresses in
            if plan.lookupOptions.all {
                lookedUpEveryAddress(plan, error, addresses)
            } else {
                lookedUp(plan, error, addresses.first)
            }
        }
        if let lookup = plan.lookup {
            return try lookup(plan.host, plan.lookupOptions, answer)
        }
        let query = try LookupQuery(
            plan.host, family: LookupFamily(plan.lookupOptions.family), hints: plan.lookupOptions.hints, order: .verbatim,
            acceptsFamilyNames: true
        )
        query.callback { outcome in
            switch outcome {
            case .success(let addresses): answer(nil, addresses)
            case .failure(let error): answer(error, [])
            }
        }
    }

    /// One address looked up (Node's `emitLookup` in `lookupAndConnect`).
    private func lookedUp(_ plan: ConnectionPlan, _ error: (any Error)?, _ found: LookupAddress?) {
        emitReporting(.lookup, HostLookupResult(error: error, address: found?.address, family: found?.family, host: plan.host))
        guard connecting else { return }
        if let error { return failConnecting(error) }
        guard let found, IPAddressSyntax.family(of: found.address) != 0 else {
            return failConnecting(NodeError.invalidIPAddress(found?.address))
        }
        guard found.family == 4 || found.family == 6 else {
            return failConnecting(NodeError.invalidAddressFamily(found.family, host: plan.host, port: plan.port))
        }
        attempt(ConnectionAttempt(address: found.address, port: plan.port, family: found.family))
    }

    /// Every address looked up (Node's `lookupAndConnectMultiple`): the usable ones, each once,
    /// the two families alternating, starting with the family of the first.
    private func lookedUpEveryAddress(_ plan: ConnectionPlan, _ error: (any Error)?, _ found: [LookupAddress]) {
        guard connecting else { return }
        if let error {
            emitReporting(.lookup, HostLookupResult(error: error, address: nil, family: nil, host: plan.host))
            return failConnecting(error)
        }
        var groups: [[LookupAddress]] = [[], []]
        var firstFamily: Int?
        for address in found {
            emitReporting(.lookup, HostLookupResult(error: nil, address: address.address, family: address.family, host: plan.host))
            guard connecting else { return }
            guard IPAddressSyntax.family(of: address.address) != 0, address.family == 4 || address.family == 6 else { continue }
            firstFamily = firstFamily ?? address.family
            let group = address.family == firstFamily ? 0 : 1
            if !groups[group].contains(where: { $0.address == address.address }) { groups[group].append(address) }
        }
        guard firstFamily != nil else {
            // No usable address: the first one's fault is the error, as in Node.
            guard let first = found.first, IPAddressSyntax.family(of: first.address) != 0 else {
                return failConnecting(NodeError.invalidIPAddress(found.first?.address))
            }
            return failConnecting(NodeError.invalidAddressFamily(first.family, host: plan.host, port: plan.port))
        }
        var targets: [ConnectionAttempt] = []
        for index in 0..<Swift.max(groups[0].count, groups[1].count) {
            for group in groups where index < group.count {
                targets.append(ConnectionAttempt(address: group[index].address, port: plan.port, family: group[index].family))
            }
        }
        if targets.count == 1 { return attempt(targets[0]) }
        autoSelectFamilyAttemptedAddresses = []
        let attempts = AddressAttempts(targets, attemptTimeout: plan.attemptTimeout)
        addressAttempts = attempts
        attemptNext(attempts)
    }

    /// Node destroys a socket whose look-up failed on the next tick, so that listeners added
    /// after `connect` returned hear the error.
    private func failConnecting(_ error: any Error) {
        process.nextTick { [self] in _ = destroy(error) }
    }

    /// Connects to one address (Node's `internalConnect`).
    private func attempt(_ target: ConnectionAttempt) {
        emitReporting(.connectionAttempt, target)
        guard connecting, let tcp = handle, !tcp.isClosing else { return }
        let status = startConnect(tcp, to: target) { [self] status in
            connected(status, address: target.address, port: target.port, family: target.family)
        }
        if status < 0 { destroy(NodeError.socket(status, syscall: "connect", address: target.address, port: target.port)) }
    }

    /// Submits the connect request of `tcp` to `target`; `completion` runs on the loop as a
    /// macrotask. Returns libuv's status for the submission.
    private func startConnect(_ tcp: LoopHandle, to target: ConnectionAttempt, completion: @escaping (Int32) -> Void) -> Int32 {
        guard let address = SocketAddress(host: target.address, port: target.port) else { return UV_EINVAL.rawValue }
        return ConnectRequest.connect(tcp.pointer(as: uv_tcp_t.self), to: address) { [self] status in
            loop.invoke { completion(status) }
        }
    }

    // MARK: Trying several addresses

    /// Starts the next attempt, or gives up when none is left (Node's `internalConnectMultiple`).
    private func attemptNext(_ attempts: AddressAttempts, canceled: Bool = false) {
        clearTimeout(attempts.timer)
        guard connecting else { return }
        guard !canceled, attempts.started < attempts.addresses.count else {
            addressAttempts = nil
            return _ = destroy(AggregateError(errors: attempts.errors, message: "", code: attempts.errors.first?.code))
        }
        let index = attempts.started
        attempts.started += 1
        // Each attempt after the first gets a new handle; the last one is closed.
        if index > 0 {
            if let old = handle, !old.isClosing { old.close() }
            openHandle(.tcp)
        }
        let target = attempts.addresses[index]
        emitReporting(.connectionAttempt, target)
        autoSelectFamilyAttemptedAddresses?.append("\(target.address):\(target.port)")
        guard connecting, let tcp = handle else { return }
        let status = startConnect(tcp, to: target) { [self] status in
            attemptEnded(attempts, index, status)
        }
        if status < 0 {
            return attemptFailed(attempts, target, NodeError.socket(status, syscall: "connect", address: target.address, port: target.port))
        }
        if index < attempts.addresses.count - 1 {
            attempts.timer = NodeLoop.setTimeout(Double(attempts.attemptTimeout)) { [self] in attemptTimedOut(attempts, index) }
        }
    }

    /// An attempt's answer (Node's `afterConnectMultiple`); a superseded attempt's is dropped.
    private func attemptEnded(_ attempts: AddressAttempts, _ index: Int, _ status: Int32) {
        guard addressAttempts === attempts, index == attempts.started - 1 else { return }
        clearTimeout(attempts.timer)
        let target = attempts.addresses[index]
        guard status >= 0 else {
            let error = NodeError.socket(status, syscall: "connect", address: target.address, port: target.port)
            return attemptFailed(attempts, target, error, canceled: status == UV_ECANCELED.rawValue)
        }
        addressAttempts = nil
        connected(status, address: target.address, port: target.port, family: target.family)
    }

    private func attemptFailed(_ attempts: AddressAttempts, _ target: ConnectionAttempt, _ error: NodeError, canceled: Bool = false) {
        attempts.errors.append(error)
        emitReporting(
            .connectionAttemptFailed, ConnectionAttemptFailure(address: target.address, port: target.port, family: target.family, error: error)
        )
        attemptNext(attempts, canceled: canceled)
    }

    /// An attempt ran out of time: its handle closes and the next address is tried (Node's
    /// `internalConnectMultipleTimeout`).
    private func attemptTimedOut(_ attempts: AddressAttempts, _ index: Int) {
        guard addressAttempts === attempts, index == attempts.started - 1 else { return }
        let target = attempts.addresses[index]
        emitReporting(.connectionAttemptTimeout, target)
        attempts.errors.append(NodeError.socket(UV_ETIMEDOUT.rawValue, syscall: "connect", address: target.address, port: target.port))
        if let old = handle, !old.isClosing { old.close() }
        attemptNext(attempts)
    }
}
