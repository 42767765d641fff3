/// Node's `net` module: what it says about the text of an IP address.
///
/// ```swift
/// net.isIP("::1")          // 6
/// net.isIPv4("127.0.0.1")  // true
/// ```
public let net = Net()

/// The type of ``net``.
public struct Net: Sendable {}
