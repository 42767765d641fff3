import NodeLoop
#if canImport(Glibc)
import Glibc
#endif

/// A directory of its own under the system's temp directory, made with NodeLoop's mkdtemp and
/// removed with its rm, for the directory tests.
struct DirectoryScratch {
    let path: String

    init() throws {
        let base = DirectoryScratch.temporaryDirectory
        path = try fs.mkdtempSync(base + "/nodeloop-dirs-")
    }

    func remove() {
        try? fs.rmSync(path, recursive: true, force: true)
    }

    /// Creates an empty file at `name`, relative to the scratch directory.
    func touch(_ name: String) throws {
        try fs.closeSync(fs.openSync(path + "/" + name, "w"))
    }

    func symlink(_ target: String, at name: String) throws {
        guard Glibc.symlink(target, path + "/" + name) == 0 else { throw NodeError("symlink failed") }
    }

    /// `path` relative to the scratch directory, `.` for the directory itself.
    func relative(_ other: String) -> String {
        other == path ? "." : String(other.dropFirst(path.count + 1))
    }

    /// The tree the recursive listings walk: directories `B`, `a/b/c`, `z`; files `top.txt`,
    /// `a/x`, `a/b/y`, `a/b/c/w`, `z/q`; links `linkdir -> a`, `linkfile -> top.txt`.
    func makeTree() throws {
        try fs.mkdirSync(path + "/a/b/c", recursive: true)
        try fs.mkdirSync(path + "/z")
        try fs.mkdirSync(path + "/B")
        for file in ["a/x", "a/b/y", "a/b/c/w", "z/q", "top.txt"] { try touch(file) }
        try symlink("a", at: "linkdir")
        try symlink("top.txt", at: "linkfile")
    }

    /// Node's `os.tmpdir()`: `TMPDIR`, `TMP` or `TEMP`, else `/tmp`, without a trailing slash.
    static var temporaryDirectory: String {
        for name in ["TMPDIR", "TMP", "TEMP"] {
            if let value = getenv(name).map({ String(cString: $0) }), !value.isEmpty {
                return value.count > 1 && value.hasSuffix("/") ? String(value.dropLast()) : value
            }
        }
        return "/tmp"
    }
}

/// Runs `script` on a new loop until nothing is left, then closes it (proving nothing leaked).
func runOnDirectoriesLoop(_ script: () throws -> Void) throws {
    let loop = EventLoop()
    loop.run(script)
    try loop.close()
}
