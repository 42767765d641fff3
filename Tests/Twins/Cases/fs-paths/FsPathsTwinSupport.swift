import NodeLoop

/// What the fs-paths twins take from Node's `path` module. Each case binds it as
/// `let path = PathsTwin.self`, so `path.join(dir, "a")` reads as the JS line does.
enum PathsTwin {
    /// `path.join`, for the simple joins the cases make.
    static func join(_ parts: String...) -> String {
        parts.joined(separator: "/")
    }

    /// `path.basename`.
    static func basename(_ path: String?) -> String? {
        guard let path else { return nil }
        return path.split(separator: "/").last.map(String.init) ?? ""
    }

    /// `path.relative(root, resolved)` for a path inside `root`.
    static func relative(_ root: String, _ resolved: String?) -> String? {
        guard let resolved else { return nil }
        if resolved == root { return "" }
        return resolved.hasPrefix(root + "/") ? String(resolved.dropFirst(root.count + 1)) : resolved
    }
}
