import CLibUV
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// How dns.lookup runs
// -------------------
// Node answers some lookups without the resolver: an empty hostname (deprecated, DEP0118) gets
// no address, and an IP address gets itself, with the family its text shows (`net.isIP`).
// Every other name goes to `getaddrinfo` through libuv (`uv_getaddrinfo`), which runs it on the
// thread pool and calls back on the loop, in the poll phase, where the completion runs as a
// macrotask. A request libuv refuses at once has its error at once too.
//
// When the answer is known at once, the callback form delivers it on the next tick and the
// promise form settles its promise before returning, as Node's do; `start` hands such answers
// back instead of calling the completion, so each form can deliver them its own way.

/// How a lookup ends: every address found, in the order asked for, or Node's error.
typealias LookupCompletion = (Result<[LookupAddress], NodeError>) throws -> Void

extension LookupQuery {
    /// Starts the lookup on `loop`. Returns the outcome when it is known at once (an empty
    /// hostname, an IP address, a request libuv refused); otherwise returns nil, and
    /// `completion` runs on the loop as a macrotask once the resolver has answered.
    func start(on loop: EventLoop, completion: @escaping LookupCompletion) -> Result<[LookupAddress], NodeError>? {
        if hostname.isEmpty {
            warnOnEmptyHostname()
            return .success([])
        }
        let literalFamily = IPAddressSyntax.family(of: hostname)
        if literalFamily != 0 {
            return .success([LookupAddress(address: hostname, family: literalFamily)])
        }
        return AddressLookup.start(self, on: loop, completion: completion).map { .failure($0) }
    }

    /// Node's callback form: the outcome known at once is delivered on the next tick.
    func callback(_ deliver: @escaping LookupCompletion) {
        let loop = EventLoop.current
        if let outcome = start(on: loop, completion: deliver) {
            loop.nextTick { try deliver(outcome) }
        }
    }

    /// Node's promise form: the outcome known at once settles the promise before it is returned.
    func promise<Value>(_ value: @escaping ([LookupAddress]) -> Value) -> Promise<Value> {
        let (promise, resolve, reject) = Promise<Value>.withResolvers()
        let settle = { (outcome: Result<[LookupAddress], NodeError>) in
            switch outcome {
            case .success(let addresses): resolve(value(addresses))
            case .failure(let error): reject(error)
            }
        }
        if let outcome = start(on: EventLoop.current, completion: settle) { settle(outcome) }
        return promise
    }

    /// Node warns once a process that an empty hostname is deprecated.
    private func warnOnEmptyHostname() {
        guard !emptyHostnameWarned.exchange(true, ordering: .relaxed) else { return }
        process.emitWarning(
            "The provided hostname \"\" is not a valid hostname, and is supported in the dns module solely for compatibility.",
            type: "DeprecationWarning", code: "DEP0118"
        )
    }
}

private let emptyHostnameWarned = Atomic<Bool>(false)

/// What an ``AddressLookup`` holds besides its `uv_getaddrinfo_t`. Read on the loop's thread
/// only: libuv's pool thread touches the request, never this.
struct AddressLookupState {
    /// Unchecked: an active request keeps the loop from closing until its callback has run.
    unowned(unsafe) let loop: EventLoop
    let hostname: String
    let order: LookupOrder
    let completion: LookupCompletion
}

/// One `getaddrinfo` call in flight (`uv_getaddrinfo_t`, embedded at the end of the object).
///
/// It retains itself through the request's `data` from the start until libuv calls back, and
/// is freed with its completion once that has run: a callback that captures what it looks up
/// for keeps it alive only until the answer. As an active libuv request it keeps the loop
/// alive, as a pending lookup keeps Node's process alive.
final class AddressLookup: EmbeddedRequest<AddressLookupState, uv_getaddrinfo_t> {
    /// Asks libuv to resolve the query's hostname; returns Node's error if libuv refuses.
    static func start(_ query: LookupQuery, on loop: EventLoop, completion: @escaping LookupCompletion) -> NodeError? {
        let lookup = make(AddressLookupState(loop: loop, hostname: query.hostname, order: query.order, completion: completion))
        let retained = Unmanaged.passRetained(lookup)
        lookup.request.pointee.data = retained.toOpaque()
        var hints = addrinfo()
        hints.ai_family = query.family == 4 ? AF_INET : query.family == 6 ? AF_INET6 : AF_UNSPEC
        hints.ai_socktype = streamSocketType
        hints.ai_flags = query.hints
        // The resolver reads the name up to a NUL byte, as Node's does: `localhost\0x` is
        // localhost; errors still name the whole string.
        let status = query.hostname.withCString { name in
            uv_getaddrinfo(loop.uvLoop, lookup.request, { request, status, results in
                guard let request else { return }
                Unmanaged<AddressLookup>.fromOpaque(request.pointee.data).takeRetainedValue().finish(status, results)
            }, name, nil, &hints)
        }
        guard status < 0 else { return nil }
        retained.release()
        return .lookupFailure(status, hostname: query.hostname)
    }

    /// The resolver's answer, on the loop: the completion runs as a macrotask with the
    /// addresses, or with Node's error (`ENOTFOUND` when the name has no address).
    private func finish(_ status: Int32, _ results: UnsafeMutablePointer<addrinfo>?) {
        defer { uv_freeaddrinfo(results) }
        let lookup = state.pointee
        let outcome: Result<[LookupAddress], NodeError>
        if status < 0 {
            outcome = .failure(.lookupFailure(status, hostname: lookup.hostname))
        } else {
            // Node's rule: a name the resolver answers without one IPv4 or IPv6 address has none.
            let addresses = Self.addresses(in: results, order: lookup.order)
            outcome = addresses.isEmpty
                ? .failure(.lookupFailure(UV_EAI_NODATA.rawValue, hostname: lookup.hostname))
                : .success(addresses)
        }
        let completion = lookup.completion
        lookup.loop.invoke { try completion(outcome) }
    }

    /// The IPv4 and IPv6 addresses of the list, as text, in the order asked for.
    private static func addresses(in results: UnsafeMutablePointer<addrinfo>?, order: LookupOrder) -> [LookupAddress] {
        var found: [LookupAddress] = []
        var entry = results
        while let info = entry?.pointee {
            if let address = address(of: info) { found.append(address) }
            entry = info.ai_next
        }
        return order.arrange(found)
    }

    private static func address(of info: addrinfo) -> LookupAddress? {
        guard let socketAddress = info.ai_addr else { return nil }
        var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        let status: Int32
        switch info.ai_family {
        case AF_INET:
            status = socketAddress.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { ipv4 in
                withUnsafePointer(to: ipv4.pointee.sin_addr) { uv_inet_ntop(AF_INET, $0, &text, text.count) }
            }
        case AF_INET6:
            status = socketAddress.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { ipv6 in
                withUnsafePointer(to: ipv6.pointee.sin6_addr) { uv_inet_ntop(AF_INET6, $0, &text, text.count) }
            }
        default:
            return nil
        }
        guard status == 0 else { return nil }
        let address = String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return LookupAddress(address: address, family: info.ai_family == AF_INET ? 4 : 6)
    }
}

#if canImport(Glibc)
private let streamSocketType = Int32(SOCK_STREAM.rawValue)
#else
private let streamSocketType = SOCK_STREAM
#endif

extension NodeError {
    /// Node's error for a failed lookup: `getaddrinfo ENOTFOUND nosuch.invalid`, with `errno`
    /// (libuv's number), `code`, `syscall` and `hostname`. A name without an address, whatever
    /// the resolver's reason (`EAI_NONAME`, `EAI_NODATA`), has the code `ENOTFOUND`.
    static func lookupFailure(_ status: Int32, hostname: String) -> NodeError {
        let notFound = status == UV_EAI_NONAME.rawValue || status == UV_EAI_NODATA.rawValue
        let code = notFound ? "ENOTFOUND" : uvErrorName(status)
        var error = NodeError("getaddrinfo \(code) \(hostname)", code: code)
        error.errno = status
        error.syscall = "getaddrinfo"
        error.hostname = hostname
        return error
    }
}
