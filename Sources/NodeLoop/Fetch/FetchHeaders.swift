/// A response's headers as `fetch` gives them (the WHATWG `Headers` a Node `Response` has):
/// names in any case, values of repeated headers joined with `, `.
///
/// ```swift
/// let response = try await fetch("http://127.0.0.1:8080/").value
/// response.headers.get("Content-Type")   // "text/plain"
/// ```
public struct FetchHeaders: Sendable, Sequence {
    /// The lower-cased names and the values as sent, in the order sent.
    private let fields: [(name: String, value: String)]

    init(rawHeaders: [String]) {
        var fields: [(name: String, value: String)] = []
        var index = 0
        while index + 1 < rawHeaders.count {
            fields.append((rawHeaders[index].lowercased(), rawHeaders[index + 1]))
            index += 2
        }
        self.fields = fields
    }

    /// The value of `name` (any case), the values of a repeated header joined with `, `; nil
    /// when there is none (WHATWG `get`, which answers `null`).
    public func get(_ name: String) -> String? {
        let key = name.lowercased()
        let values = fields.filter { $0.name == key }.map(\.value)
        return values.isEmpty ? nil : values.joined(separator: ", ")
    }

    /// Whether a header `name` (any case) was sent (WHATWG `has`).
    public func has(_ name: String) -> Bool {
        let key = name.lowercased()
        return fields.contains { $0.name == key }
    }

    /// The `Set-Cookie` values, each on its own (WHATWG `getSetCookie`).
    public func getSetCookie() -> [String] {
        fields.filter { $0.name == "set-cookie" }.map(\.value)
    }

    /// The lower-cased names and joined values, sorted by name, as iterating `Headers` gives them.
    public func makeIterator() -> IndexingIterator<[(name: String, value: String)]> {
        var names: [String] = []
        for field in fields where !names.contains(field.name) { names.append(field.name) }
        return names.sorted().map { ($0, get($0) ?? "") }.makeIterator()
    }
}
