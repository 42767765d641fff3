/// What JavaScript's `typeof` says of a value of this Swift type, so that a twin prints the
/// type its JS half prints.
func jsTypeof(_ value: Any) -> String {
    switch value {
    case is Int, is Int32, is Double: "number"
    case is String: "string"
    case is Bool: "boolean"
    default: "object"
    }
}

/// The stored property names of `value`, in declaration order: what `Object.keys` gives of the
/// plain object Node returns in its place.
func propertyNames(_ value: Any) -> [String] {
    Mirror(reflecting: value).children.compactMap(\.label)
}
