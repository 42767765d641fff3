/// One address `dns.lookup` found: what Node gives as `{ address, family }` with `all: true`
/// and from `dns.promises.lookup`, and prints the same way:
/// `{ address: '127.0.0.1', family: 4 }`.
public struct LookupAddress: Sendable, Equatable, CustomStringConvertible, InspectableAsObject {
    /// The address in text form (`127.0.0.1`, `::1`).
    public let address: String
    /// 4 or 6.
    public let family: Int

    public init(address: String, family: Int) {
        self.address = address
        self.family = family
    }

    /// `{ address: '127.0.0.1', family: 4 }`, as `console.log` prints it.
    public var description: String { inspect(self) }

    var inspectedProperties: [(key: String, value: Any?)] {
        [("address", address), ("family", family)]
    }
}
