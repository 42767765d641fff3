/// The headers (or trailers) of a received message as Node's `message.headers` gives them: names
/// lower-cased, in the order they first arrived, and a name sent more than once folded into one
/// entry by Node's rules.
///
/// ```swift
/// req.headers["host"]             // "127.0.0.1:8080"
/// req.headers["accept"]           // "text/html, application/json" (two Accept lines joined)
/// req.headers.values("set-cookie") // ["a=1", "b=2"]: Set-Cookie stays a list
/// ```
///
/// How duplicates fold, as Node folds them:
/// - `set-cookie` keeps every value, as a list (Node's array);
/// - `cookie` joins its values with `"; "`;
/// - the fields whose repetition makes no sense (`host`, `content-type`, `content-length`,
///   `user-agent`, `authorization` and the like) keep the first value and drop the others;
/// - every other name joins its values with `", "`.
///
/// Node's object holds a string or, for `set-cookie`, an array; a Swift subscript has one type,
/// so ``subscript(_:)`` answers a string for every name (the `set-cookie` values joined with
/// `", "`) and ``values(_:)`` answers the list. `console.log` prints the headers as Node does.
public struct IncomingHeaders: Sendable, Equatable, CustomStringConvertible {
    /// A folded entry: its lower-cased name, and its value or (for `set-cookie`) values.
    private var entries: [(name: String, values: [String])] = []
    /// Where each name's entry is in `entries`.
    private var positions: [String: Int] = [:]
    /// Every value is kept, for every name (Node's `headersDistinct`), and printed as a list.
    private var isDistinct = false

    /// No headers.
    public init() {}

    /// Folds raw header lines (names as sent, in arrival order) by Node's rules; past `limit`
    /// lines (Node's `maxHeadersCount`), the rest are left out.
    init(raw fields: HTTPHeaderFields, joinDuplicates: Bool, limit: Int = .max) {
        entries.reserveCapacity(Swift.min(fields.count, limit))
        for field in fields.prefix(limit) { add(name: field.name, value: field.value, joinDuplicates: joinDuplicates) }
    }

    /// No fields, printed as Node prints an empty `headersDistinct`.
    init(distinctValues: Void) {
        isDistinct = true
    }

    /// Every value of every name, unjoined (Node's `headersDistinct` and `trailersDistinct`).
    init(distinct fields: HTTPHeaderFields, limit: Int = .max) {
        isDistinct = true
        entries.reserveCapacity(Swift.min(fields.count, limit))
        for field in fields.prefix(limit) { add(name: field.name, value: field.value, joinDuplicates: false) }
    }

    /// The value of the header `name` (any case), or nil if it was not sent.
    public subscript(_ name: String) -> String? {
        guard let position = positions[name.lowercased()] else { return nil }
        return entries[position].values.joined(separator: ", ")
    }

    /// Every value kept for `name` (any case): several for `set-cookie`, else one; empty if the
    /// header was not sent.
    public func values(_ name: String) -> [String] {
        positions[name.lowercased()].map { entries[$0].values } ?? []
    }

    /// The lower-cased names, in the order they first arrived (Node's `Object.keys(headers)`).
    public var names: [String] { entries.map(\.name) }

    /// How many distinct names there are.
    public var count: Int { entries.count }

    public static func == (lhs: IncomingHeaders, rhs: IncomingHeaders) -> Bool {
        lhs.isDistinct == rhs.isDistinct && lhs.entries.elementsEqual(rhs.entries) { $0.name == $1.name && $0.values == $1.values }
    }

    public var description: String { inspect(self, topLevel: false) }

    // MARK: Folding

    private enum Folding {
        /// A list of every value (`set-cookie`).
        case list
        /// One value; later ones are dropped.
        case first
        /// Values joined with this separator.
        case joined(String)
    }

    /// The fields Node keeps only the first of (its `matchKnownFields`).
    private static let firstValueOnly: Set<String> = [
        "age", "authorization", "content-length", "content-type", "etag", "expires", "from", "host",
        "if-modified-since", "if-unmodified-since", "last-modified", "location", "max-forwards",
        "proxy-authorization", "referer", "retry-after", "server", "user-agent",
    ]

    private static func folding(of name: String, joinDuplicates: Bool) -> Folding {
        if name == "set-cookie" { return .list }
        if name == "cookie" { return .joined("; ") }
        if !joinDuplicates && firstValueOnly.contains(name) { return .first }
        return .joined(", ")
    }

    private mutating func add(name rawName: String, value: String, joinDuplicates: Bool) {
        let name = rawName.lowercased()
        guard let position = positions[name] else {
            positions[name] = entries.count
            entries.append((name, [value]))
            return
        }
        if isDistinct { return entries[position].values.append(value) }
        switch Self.folding(of: name, joinDuplicates: joinDuplicates) {
        case .list: entries[position].values.append(value)
        case .first: break
        case .joined(let separator): entries[position].values[0] += separator + value
        }
    }
}

extension IncomingHeaders: InspectableAsObject {
    var inspectedProperties: [(key: String, value: Any?)] {
        entries.map { entry in
            (entry.name, isDistinct || entry.name == "set-cookie" ? entry.values as Any : entry.values[0])
        }
    }

    var inspectedClassName: String? { isDistinct ? "[Object: null prototype]" : nil }
}
