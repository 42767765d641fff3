import Testing
@testable import NodeLoop
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A directory of its own under the system temp dir for one path test, made with mkdtemp and
/// removed, with everything in it, by ``remove()``.
struct PathsScratch {
    let path: String

    init() throws {
        let tmp = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((tmp + "/nodeloop-paths-XXXXXX").utf8CString)
        guard mkdtemp(&template) != nil else { throw NodeError("mkdtemp failed: errno \(errno)") }
        path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The path of `name` inside the scratch directory.
    subscript(_ name: String) -> String { path + "/" + name }

    /// Creates a regular file of `size` bytes and returns its path.
    @discardableResult
    func file(_ name: String, size: Int64 = 0) throws -> String {
        let fd = try fs.openSync(self[name], "w")
        defer { try? fs.closeSync(fd) }
        try fs.ftruncateSync(fd, size)
        return self[name]
    }

    /// Creates a directory and returns its path.
    @discardableResult
    func directory(_ name: String) throws -> String {
        guard mkdir(self[name], 0o777) == 0 else { throw NodeError("mkdir failed: errno \(errno)") }
        return self[name]
    }

    func remove() {
        Self.remove(path)
    }

    private static func remove(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        guard info.st_mode & S_IFMT == S_IFDIR, let stream = opendir(path) else {
            unlink(path)
            return
        }
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { remove(path + "/" + name) }
        }
        closedir(stream)
        rmdir(path)
    }
}

/// Runs `script` on a fresh loop, checks that nothing in it was left uncaught (exit code 0) and
/// closes the loop, which proves nothing leaked.
func runPathsLoop(_ script: () throws -> Void) throws {
    let loop = EventLoop()
    let code = loop.run(script)
    try loop.close()
    #expect(code == 0)
}

/// Whether the tests run as the superuser, who passes `W_OK` and `R_OK` checks on any file.
var pathsTestsRunAsRoot: Bool { getuid() == 0 }
