import CLibUV
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a TCP socket or server is bound or connected: what Node's `server.address()` and
/// `socket.address()` return, printed as Node prints it.
///
/// ```swift
/// server.listen(0, "127.0.0.1") {
///     console.log(server.address()!)   // { address: '127.0.0.1', family: 'IPv4', port: 41234 }
/// }
/// ```
public struct AddressInfo: Sendable, Hashable, CustomStringConvertible {
    /// The IP address as text (`127.0.0.1`, `::1`).
    public let address: String
    /// `IPv4` or `IPv6`.
    public let family: String
    /// The port.
    public let port: Int

    public var description: String { inspect(self, topLevel: false) }
}

extension AddressInfo: InspectableAsObject {
    var inspectedProperties: [(key: String, value: Any?)] {
        [("address", address), ("family", family), ("port", port)]
    }
}

/// A socket address libuv can bind or connect to, parsed from an IP literal and a port.
struct SocketAddress {
    private var storage = sockaddr_storage()

    /// Parses an IPv4 or IPv6 literal; nil for anything else.
    init?(host literal: String, port: Int) {
        let parsed = withUnsafeMutableBytes(of: &storage) { raw -> Bool in
            if uv_ip4_addr(literal, Int32(port), raw.baseAddress!.assumingMemoryBound(to: sockaddr_in.self)) == 0 { return true }
            return uv_ip6_addr(literal, Int32(port), raw.baseAddress!.assumingMemoryBound(to: sockaddr_in6.self)) == 0
        }
        guard parsed else { return nil }
    }

    /// Reads an address libuv filled in (`getsockname`, `getpeername`).
    init(reading fill: (UnsafeMutablePointer<sockaddr>, UnsafeMutablePointer<Int32>) -> Int32) {
        var length = Int32(MemoryLayout<sockaddr_storage>.size)
        let status = withUnsafeMutableBytes(of: &storage) { raw in
            fill(raw.baseAddress!.assumingMemoryBound(to: sockaddr.self), &length)
        }
        if status != 0 { storage = sockaddr_storage() }
    }

    /// Lends the address to a libuv call.
    func withPointer<Result>(_ body: (UnsafePointer<sockaddr>) -> Result) -> Result {
        withUnsafeBytes(of: storage) { body($0.baseAddress!.assumingMemoryBound(to: sockaddr.self)) }
    }

    /// The address as Node reports it, or nil when it is not an IP address (an unbound socket).
    var info: AddressInfo? {
        withUnsafeBytes(of: storage) { raw -> AddressInfo? in
            var text = [CChar](repeating: 0, count: 64)
            switch Int32(storage.ss_family) {
            case AF_INET:
                let address = raw.baseAddress!.assumingMemoryBound(to: sockaddr_in.self)
                uv_ip4_name(address, &text, text.count)
                return AddressInfo(address: String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self), family: "IPv4", port: Int(UInt16(bigEndian: address.pointee.sin_port)))
            case AF_INET6:
                let address = raw.baseAddress!.assumingMemoryBound(to: sockaddr_in6.self)
                uv_ip6_name(address, &text, text.count)
                return AddressInfo(address: String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self), family: "IPv6", port: Int(UInt16(bigEndian: address.pointee.sin6_port)))
            default:
                return nil
            }
        }
    }
}

/// Node's `validatePort`: an integer in 0..<65536 (1..<65536 without `allowZero`), or
/// `ERR_SOCKET_BAD_PORT`.
func validatePort(_ port: Int, name: String, allowZero: Bool = true) throws {
    guard ((allowZero ? 0 : 1)..<65536).contains(port) else {
        throw NodeError.socketBadPort(port, name: name, allowZero: allowZero)
    }
}
