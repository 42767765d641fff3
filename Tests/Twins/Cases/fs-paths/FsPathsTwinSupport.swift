import NodeLoop
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the fs-paths twins take from Node's `path` and `os` modules, and the `fs` calls that make
/// and remove their scratch directory. Each case binds it as
/// `let path = PathsTwin.self`, so `path.join(dir, "a")` reads as the JS line does.
enum PathsTwin {
    /// `fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-'))`.
    static func scratchDirectory() throws -> String {
        let tmp = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        return try fs.mkdtempSync(tmp + "/nodeloop-")
    }

    /// `fs.rmSync(dir, { recursive: true })`.
    static func removeScratch(_ dir: String) {
        try? fs.rmSync(dir, recursive: true, force: true)
    }

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
