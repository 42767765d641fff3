import NodeLoop
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the fs-paths twins take from Node's `path` and `os` modules and from `fs` calls outside
/// their subject (making and removing the scratch directory). Each case binds it as
/// `let path = PathsTwin.self`, so `path.join(dir, "a")` reads as the JS line does.
enum PathsTwin {
    /// `fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-'))`.
    static func scratchDirectory() throws -> String {
        let tmp = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((tmp + "/nodeloop-XXXXXX").utf8CString)
        guard mkdtemp(&template) != nil else { throw NodeError("mkdtemp failed: errno \(errno)") }
        return String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// `fs.rmSync(dir, { recursive: true })`.
    static func removeScratch(_ dir: String) {
        var info = stat()
        guard lstat(dir, &info) == 0 else { return }
        if info.st_mode & S_IFMT == S_IFDIR, let stream = opendir(dir) {
            while let entry = readdir(stream) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name != "." && name != ".." { removeScratch(dir + "/" + name) }
            }
            closedir(stream)
            rmdir(dir)
        } else {
            unlink(dir)
        }
    }

    /// `fs.mkdirSync(path)` (a family of its own, outside these cases' subject).
    static func mkdirSync(_ path: String) throws {
        guard mkdir(path, 0o777) == 0 else { throw NodeError("mkdir failed: errno \(errno)") }
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
