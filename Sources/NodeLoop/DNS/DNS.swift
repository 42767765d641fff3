/// Node's `dns` module: `lookup`, which resolves a name as the machine does (`getaddrinfo`:
/// `/etc/hosts`, then DNS), on libuv's thread pool.
///
/// Each lookup comes in Node's two forms:
/// - callback: `dns.lookup(name) { error, address, family in }`, the callback runs on the loop
///   in the poll phase, as a macrotask; for an IP address or an empty name, which need no
///   resolver, on the next tick;
/// - promise: `dns.promises.lookup(name)`, a ``Promise`` of a ``LookupAddress``.
///
/// With `all: true` both give every address found instead of the first. A name that does not
/// resolve fails with Node's error: `getaddrinfo ENOTFOUND nosuch.invalid`, with `code`,
/// `errno`, `syscall` and `hostname`. A bad option (a family other than 0, 4 or 6, unknown hint
/// bits) is thrown at the call, in both forms, as Node throws it.
///
/// ```swift
/// try dns.lookup("localhost", family: 4) { error, address, family in
///     if let error { console.log(error.code); return }
///     console.log(address!, family!)  // 127.0.0.1 4
/// }
/// ```
public let dns = DNS()

/// The type of ``dns``.
public struct DNS: Sendable {
    /// Node's `dns.promises` (also `require('dns/promises')`): `lookup` returning promises.
    public var promises: DNSPromises { DNSPromises() }

    /// Node's `dns.ADDRCONFIG`: ``LookupHints/addrConfig``.
    public let ADDRCONFIG = LookupHints.addrConfig
    /// Node's `dns.V4MAPPED`: ``LookupHints/v4Mapped``.
    public let V4MAPPED = LookupHints.v4Mapped
    /// Node's `dns.ALL`: ``LookupHints/all``.
    public let ALL = LookupHints.all

    /// Resolves `hostname` to its first address (Node's `dns.lookup`); the callback gets the
    /// address and its family (4 or 6), or Node's error.
    ///
    /// - Parameters:
    ///   - hostname: the name to resolve, or an IP address (answered without the resolver).
    ///   - family: 0 for IPv4 or IPv6 (the default), 4 or 6; also `"IPv4"` or `"IPv6"`.
    ///   - hints: `getaddrinfo` flags, such as `[.addrConfig, .v4Mapped]`.
    ///   - order: which family comes first; Node 20's default is the resolver's order.
    ///   - callback: called on the loop with the error, or the address and its family.
    /// - Throws: Node's `ERR_INVALID_ARG_VALUE` for a bad family or hint, at the call.
    ///
    /// An IP address is answered without the resolver, with the family its text shows (even if
    /// `family` asks for the other), on the next tick. An empty name is deprecated (Node's
    /// DEP0118, warned once): the callback gets no address and family 4 (6 if asked for).
    public func lookup(
        _ hostname: String, family: LookupFamily = 0, hints: LookupHints = [], order: LookupOrder = .verbatim,
        _ callback: @escaping (NodeError?, String?, Int?) throws -> Void
    ) throws {
        let query = try LookupQuery(hostname, family: family, hints: hints, order: order, acceptsFamilyNames: true)
        query.callback { outcome in
            switch outcome {
            case .success(let addresses):
                if let first = addresses.first {
                    try callback(nil, first.address, first.family)
                } else {
                    try callback(nil, nil, query.family == 6 ? 6 : 4)
                }
            case .failure(let error):
                try callback(error, nil, nil)
            }
        }
    }

    /// Resolves `hostname` to every address it has (Node's `dns.lookup` with `all: true`), in
    /// the order asked for: `[{ address: '127.0.0.1', family: 4 }]`.
    ///
    /// The label picks the callback's type, which Swift fixes when compiling: pass `true`; this
    /// form gives the list whatever the value. Options and errors are those of
    /// ``lookup(_:family:hints:order:_:)``; an empty name gives an empty list.
    public func lookup(
        _ hostname: String, all: Bool, family: LookupFamily = 0, hints: LookupHints = [], order: LookupOrder = .verbatim,
        _ callback: @escaping (NodeError?, [LookupAddress]?) throws -> Void
    ) throws {
        let query = try LookupQuery(hostname, family: family, hints: hints, order: order, acceptsFamilyNames: true)
        query.callback { outcome in
            switch outcome {
            case .success(let addresses): try callback(nil, addresses)
            case .failure(let error): try callback(error, nil)
            }
        }
    }
}

/// The type of `dns.promises`.
///
/// ```swift
/// let found = try dns.promises.lookup("localhost", family: 4)
/// found.then { console.log($0) }  // { address: '127.0.0.1', family: 4 }
/// ```
public struct DNSPromises: Sendable {
    /// Node's `dnsPromises.lookup`: a promise of the first address of `hostname`.
    ///
    /// A bad option is thrown at the call, not rejected, as in Node. Node 20's promise form
    /// takes the family as a number only: `"IPv4"` and `"IPv6"` are errors here. An IP address
    /// fulfils the promise before it is returned; a name that does not resolve rejects it with
    /// Node's `ENOTFOUND` error.
    public func lookup(
        _ hostname: String, family: LookupFamily = 0, hints: LookupHints = [], order: LookupOrder = .verbatim
    ) throws -> Promise<LookupAddress> {
        let query = try LookupQuery(hostname, family: family, hints: hints, order: order, acceptsFamilyNames: false)
        return query.promise { addresses in
            // Only an empty name has none; Node gives it a null address.
            addresses.first ?? LookupAddress(address: "", family: query.family == 6 ? 6 : 4)
        }
    }

    /// Node's `dnsPromises.lookup` with `all: true`: a promise of every address of `hostname`
    /// (pass `true`: the label picks the result type).
    public func lookup(
        _ hostname: String, all: Bool, family: LookupFamily = 0, hints: LookupHints = [], order: LookupOrder = .verbatim
    ) throws -> Promise<[LookupAddress]> {
        let query = try LookupQuery(hostname, family: family, hints: hints, order: order, acceptsFamilyNames: false)
        return query.promise { $0 }
    }
}
