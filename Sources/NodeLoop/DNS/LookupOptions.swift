#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The address family `dns.lookup` asks for: `0` (IPv4 or IPv6, the default), `4` or `6`.
///
/// Written as Node writes it: a number, or in the callback form also Node's names `"IPv4"` and
/// `"IPv6"`. Anything else is Node's `ERR_INVALID_ARG_VALUE`, thrown at the call:
///
/// ```swift
/// try dns.lookup("localhost", family: 4) { error, address, family in ... }
/// try dns.lookup("localhost", family: "IPv4") { error, address, family in ... }
/// try dns.lookup("localhost", family: 5) { ... }  // throws: must be one of: 0, 4, 6
/// ```
public struct LookupFamily: Sendable, Equatable, ExpressibleByIntegerLiteral, ExpressibleByStringLiteral {
    /// What the caller wrote, checked only when the lookup starts, as Node checks it.
    enum Spelling: Sendable, Equatable {
        case number(Int)
        case name(String)
    }

    let spelling: Spelling

    /// A family given as a number: 0, 4 or 6.
    public init(_ number: Int) {
        spelling = .number(number)
    }

    /// A family given by name: `"IPv4"` or `"IPv6"` (the callback form only, as in Node 20).
    public init(_ name: String) {
        spelling = .name(name)
    }

    public init(integerLiteral value: Int) {
        self.init(value)
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// The number Node passes to the resolver (0, 4 or 6), or Node's error for anything else.
    /// Node 20's promise form does not know the names, so `acceptsNames` is false there.
    func checked(acceptsNames: Bool) throws -> Int {
        switch spelling {
        case .number(let number) where [0, 4, 6].contains(number):
            return number
        case .name("IPv4") where acceptsNames:
            return 4
        case .name("IPv6") where acceptsNames:
            return 6
        case .number(let number):
            throw NodeError.invalidArgumentValue("options.family", number, mustBeOneOf: [0, 4, 6])
        case .name(let name):
            throw NodeError.invalidArgumentValue("options.family", name, mustBeOneOf: [0, 4, 6])
        }
    }
}

/// The `getaddrinfo` flags `dns.lookup` passes on (Node's `hints`): combine ``addrConfig``,
/// ``v4Mapped`` and ``all``, also reachable as `dns.ADDRCONFIG`, `dns.V4MAPPED`, `dns.ALL`.
///
/// Any other bit is Node's `ERR_INVALID_ARG_VALUE`, thrown at the call.
public struct LookupHints: OptionSet, Sendable {
    public let rawValue: UInt32

    public init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    /// Only the families the machine has an address of, loopback aside (`AI_ADDRCONFIG`).
    public static let addrConfig = LookupHints(rawValue: UInt32(AI_ADDRCONFIG))
    /// With family 6 and no IPv6 address found, IPv4 addresses mapped into IPv6
    /// (`::ffff:127.0.0.1`, `AI_V4MAPPED`).
    public static let v4Mapped = LookupHints(rawValue: UInt32(AI_V4MAPPED))
    /// With ``v4Mapped``, the mapped IPv4 addresses as well as the IPv6 ones (`AI_ALL`).
    public static let all = LookupHints(rawValue: UInt32(AI_ALL))

    /// The hints, or Node's error if any bit is not one of the three flags.
    func checked() throws -> Int32 {
        guard subtracting([.addrConfig, .v4Mapped, .all]).isEmpty else {
            throw NodeError.invalidArgumentValue("hints", rawValue)
        }
        return Int32(rawValue)
    }
}

/// The order of the addresses `dns.lookup` gives (Node's `order` option).
public enum LookupOrder: String, Sendable {
    /// As the resolver gave them; Node 20's default.
    case verbatim
    /// IPv4 addresses before IPv6 ones, each in the resolver's order.
    case ipv4first
    /// IPv6 addresses before IPv4 ones, each in the resolver's order.
    case ipv6first

    /// The addresses in this order, each family kept in the resolver's order.
    func arrange(_ addresses: [LookupAddress]) -> [LookupAddress] {
        switch self {
        case .verbatim: addresses
        case .ipv4first: addresses.filter { $0.family == 4 } + addresses.filter { $0.family == 6 }
        case .ipv6first: addresses.filter { $0.family == 6 } + addresses.filter { $0.family == 4 }
        }
    }
}

/// A lookup with its arguments checked, as Node checks them before it starts.
struct LookupQuery {
    let hostname: String
    /// 0, 4 or 6.
    let family: Int
    let hints: Int32
    let order: LookupOrder

    init(_ hostname: String, family: LookupFamily, hints: LookupHints, order: LookupOrder, acceptsFamilyNames: Bool) throws {
        self.hostname = hostname
        self.hints = try hints.checked()
        self.family = try family.checked(acceptsNames: acceptsFamilyNames)
        self.order = order
    }
}
