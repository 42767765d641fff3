import Synchronization

/// Where and how a TCP socket connects (Node's `socket.connect(options)` for TCP): the port and
/// host, and how a host name becomes addresses.
///
/// ```swift
/// let socket = try net.connect(TCPConnectOptions(port: port, host: "localhost", family: 4))
/// ```
///
/// A host that is an IP address is connected to on the next tick. Any other name is looked up
/// first (``lookup``, by default `dns.lookup`); with ``autoSelectFamily`` and no ``family``,
/// every address is asked for and tried in turn, families alternating, each attempt given
/// ``autoSelectFamilyAttemptTimeout`` before the next starts (Node's "happy eyeballs").
public struct TCPConnectOptions {
    /// The port to connect to.
    public var port: Int
    /// An IP address or a host name; Node's default is `localhost`.
    public var host: String
    /// The address family to look the host up in: 0 (either, the default), 4 or 6.
    public var family: LookupFamily
    /// The `getaddrinfo` flags for the look-up; with no family and no hints, Node passes
    /// ``LookupHints/addrConfig``.
    public var hints: LookupHints
    /// A look-up to use instead of `dns.lookup` (Node's `lookup` option).
    public var lookup: HostLookup?
    /// Whether to try every address of the host, alternating families; nil takes
    /// ``NetModule/getDefaultAutoSelectFamily()`` (true in Node 20).
    public var autoSelectFamily: Bool?
    /// How long, in milliseconds, each attempt has before the next address is tried; nil takes
    /// ``NetModule/getDefaultAutoSelectFamilyAttemptTimeout()`` (250). Below 10 counts as 10;
    /// below 1 is Node's `ERR_OUT_OF_RANGE` when connecting.
    public var autoSelectFamilyAttemptTimeout: Int?

    /// Options for a connection to `port` on `host`.
    ///
    /// - Parameters:
    ///   - port: the port to connect to.
    ///   - host: an IP address or a host name (default `localhost`).
    ///   - family: the family to look the host up in: 0, 4 or 6.
    ///   - hints: the `getaddrinfo` flags for the look-up.
    ///   - lookup: a look-up to use instead of `dns.lookup`.
    ///   - autoSelectFamily: try every address in turn, alternating families (nil: the default).
    ///   - autoSelectFamilyAttemptTimeout: each attempt's time in milliseconds (nil: the default).
    public init(
        port: Int, host: String = "localhost", family: LookupFamily = 0, hints: LookupHints = [], lookup: HostLookup? = nil,
        autoSelectFamily: Bool? = nil, autoSelectFamilyAttemptTimeout: Int? = nil
    ) {
        self.port = port
        self.host = host
        self.family = family
        self.hints = hints
        self.lookup = lookup
        self.autoSelectFamily = autoSelectFamily
        self.autoSelectFamilyAttemptTimeout = autoSelectFamilyAttemptTimeout
    }
}

/// A host-name look-up a socket can use instead of `dns.lookup` (Node's `lookup` option of
/// `socket.connect`). It is called with the name and the look-up's options, and answers through
/// the callback, at once or later: an error, or the addresses found (when `all` is false, the
/// socket uses the first).
public typealias HostLookup = (
    _ hostname: String, _ options: HostLookupOptions, _ callback: @escaping ((any Error)?, [LookupAddress]) -> Void
) throws -> Void

/// What a socket asks of a ``HostLookup``: the family (0, 4 or 6), the `getaddrinfo` hints,
/// and whether it wants every address (`all`) or one.
public struct HostLookupOptions: Sendable, Equatable {
    /// 0 (either family), 4 or 6.
    public let family: Int
    /// The `getaddrinfo` flags.
    public let hints: LookupHints
    /// Whether every address is wanted, for trying them in turn.
    public let all: Bool
}

/// One connection attempt to one address (the value of Node's `'connectionAttempt'` and
/// `'connectionAttemptTimeout'` events).
public struct ConnectionAttempt: Sendable, Equatable {
    /// The IP address tried.
    public let address: String
    /// The port tried.
    public let port: Int
    /// 4 or 6.
    public let family: Int
}

/// A connection attempt that failed (the value of Node's `'connectionAttemptFailed'`).
public struct ConnectionAttemptFailure: Sendable {
    /// The IP address tried, or the path of a Unix-domain socket.
    public let address: String
    /// The port tried; nil for a path.
    public let port: Int?
    /// 4 or 6; nil for a path.
    public let family: Int?
    /// Why it failed: Node's `connect ECONNREFUSED 127.0.0.1:8080`, or `ETIMEDOUT` for an
    /// attempt that ran out of time.
    public let error: NodeError
}

/// A host name's look-up as a socket made it (the value of Node's `'lookup'` event): the error,
/// or one address found; a socket trying every address emits one event per address.
public struct HostLookupResult: Sendable {
    /// Why the look-up failed, or nil.
    public let error: (any Error)?
    /// The address found (nil after an error).
    public let address: String?
    /// 4 or 6 (nil after an error).
    public let family: Int?
    /// The name looked up.
    public let host: String
}

extension EventName where Payload == ConnectionAttempt {
    /// A socket starts connecting to one address (Node's `'connectionAttempt'`).
    public static var connectionAttempt: Self { Self("connectionAttempt") }
    /// An attempt ran out of its time and the next address is tried (Node's
    /// `'connectionAttemptTimeout'`).
    public static var connectionAttemptTimeout: Self { Self("connectionAttemptTimeout") }
}

extension EventName where Payload == ConnectionAttemptFailure {
    /// An attempt to connect to one address failed (Node's `'connectionAttemptFailed'`).
    public static var connectionAttemptFailed: Self { Self("connectionAttemptFailed") }
}

extension EventName where Payload == HostLookupResult {
    /// A socket has looked its host name up (Node's `'lookup'`); not emitted for an IP address.
    public static var lookup: Self { Self("lookup") }
}

/// The process-wide defaults of `autoSelectFamily` (Node's `net.setDefaultAutoSelectFamily`).
/// Atomics: any thread's loop may read them.
private let defaultAutoSelectFamily = Atomic<Bool>(true)
private let defaultAutoSelectFamilyAttemptTimeout = Atomic<Int>(250)

extension NetModule {
    /// Whether connections to a host name try every address by default (Node's
    /// `net.getDefaultAutoSelectFamily()`; true unless changed).
    public func getDefaultAutoSelectFamily() -> Bool {
        defaultAutoSelectFamily.load(ordering: .relaxed)
    }

    /// Sets ``getDefaultAutoSelectFamily()`` for the whole process.
    ///
    /// - Parameter value: whether to try every address of a host name by default.
    public func setDefaultAutoSelectFamily(_ value: Bool) {
        defaultAutoSelectFamily.store(value, ordering: .relaxed)
    }

    /// Each attempt's time, in milliseconds, when trying every address (Node's
    /// `net.getDefaultAutoSelectFamilyAttemptTimeout()`; 250 unless changed).
    public func getDefaultAutoSelectFamilyAttemptTimeout() -> Int {
        defaultAutoSelectFamilyAttemptTimeout.load(ordering: .relaxed)
    }

    /// Sets ``getDefaultAutoSelectFamilyAttemptTimeout()`` for the whole process; a value below
    /// 10 counts as 10, as in Node.
    ///
    /// - Parameter value: the time in milliseconds, a positive whole number.
    /// - Throws: Node's `ERR_OUT_OF_RANGE` for a value outside 1...2147483647.
    public func setDefaultAutoSelectFamilyAttemptTimeout(_ value: Int) throws {
        guard (1...Int(Int32.max)).contains(value) else {
            throw NodeError.outOfRange("value", mustBe: ">= 1 && <= 2147483647", received: Int64(value))
        }
        defaultAutoSelectFamilyAttemptTimeout.store(max(value, 10), ordering: .relaxed)
    }
}
