import CLibUV
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a datagram socket's type (`udp4` or `udp6`) decides: the family its names are looked
/// up in, the address it binds when given none, where a send or connect without an address
/// goes, and which addresses it can use at all.
enum DatagramFamily {
    case ipv4
    case ipv6

    /// The family of Node's socket type, or nil for anything but `udp4` and `udp6`.
    init?(type: String) {
        switch type {
        case "udp4": self = .ipv4
        case "udp6": self = .ipv6
        default: return nil
        }
    }

    /// The family `dns.lookup` is asked for.
    var lookupFamily: LookupFamily {
        switch self {
        case .ipv4: 4
        case .ipv6: 6
        }
    }

    /// Every address of the machine: what `bind` binds without an address.
    var anyAddress: String {
        switch self {
        case .ipv4: "0.0.0.0"
        case .ipv6: "::"
        }
    }

    /// Where `send` and `connect` go without an address.
    var loopback: String {
        switch self {
        case .ipv4: "127.0.0.1"
        case .ipv6: "::1"
        }
    }

    /// `ip` and `port` as a socket address of this family, with libuv's status: `EINVAL` for
    /// an address of the other family (a `udp4` socket cannot use `::1`), as in Node. Only the
    /// low 16 bits of `port` count, as libuv's `htons` keeps them.
    func socketAddress(_ ip: String, port: Int) -> (address: SocketAddress, status: Int32) {
        var status: Int32 = 0
        let port = Int32(truncatingIfNeeded: port)
        let address = SocketAddress { storage, _ in
            let raw = UnsafeMutableRawPointer(storage)
            switch self {
            case .ipv4: status = uv_ip4_addr(ip, port, raw.assumingMemoryBound(to: sockaddr_in.self))
            case .ipv6: status = uv_ip6_addr(ip, port, raw.assumingMemoryBound(to: sockaddr_in6.self))
            }
            return status
        }
        return (address, status)
    }
}

extension SocketAddress {
    /// A copy of an address libuv handed to a callback (a datagram's sender).
    init(copying address: UnsafePointer<sockaddr>) {
        self.init { storage, _ in
            let isIPv6 = Int32(address.pointee.sa_family) == AF_INET6
            let size = isIPv6 ? MemoryLayout<sockaddr_in6>.size : MemoryLayout<sockaddr_in>.size
            UnsafeMutableRawPointer(storage).copyMemory(from: address, byteCount: size)
            return 0
        }
    }
}

extension SocketAddress? {
    /// Lends the address to a libuv call that takes none for a connected socket's peer.
    func withPointer<Result>(_ body: (UnsafePointer<sockaddr>?) -> Result) -> Result {
        guard let address = self else { return body(nil) }
        return address.withPointer { body($0) }
    }
}
