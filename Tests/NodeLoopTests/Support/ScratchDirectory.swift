@testable import NodeLoop

/// A directory of its own under the system's temp directory for one file-system test, made with
/// NodeLoop's `mkdtempSync` and removed, with everything in it, by its `rmSync`.
struct ScratchDirectory {
    let path: String

    /// - Parameter label: Part of the directory's name, saying which tests made it.
    init(_ label: String) throws {
        path = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-\(label)-")
    }

    /// Makes a scratch directory, runs `body` with its path and removes it afterwards.
    static func with<Result>(_ label: String, _ body: (String) throws -> Result) throws -> Result {
        let scratch = try ScratchDirectory(label)
        defer { scratch.remove() }
        return try body(scratch.path)
    }

    func remove() {
        try? fs.rmSync(path, recursive: true, force: true)
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
        try fs.mkdirSync(self[name])
        return self[name]
    }

    /// Creates an empty file at `name`.
    func touch(_ name: String) throws {
        try file(name)
    }

    func symlink(_ target: String, at name: String) throws {
        try fs.symlinkSync(target, self[name])
    }

    /// `other` relative to the scratch directory, `.` for the directory itself.
    func relative(_ other: String) -> String {
        other == path ? "." : String(other.dropFirst(path.count + 1))
    }

    /// The tree the recursive listings walk: directories `B`, `a/b/c`, `z`; files `top.txt`,
    /// `a/x`, `a/b/y`, `a/b/c/w`, `z/q`; links `linkdir -> a`, `linkfile -> top.txt`.
    func makeTree() throws {
        try fs.mkdirSync(self["a/b/c"], recursive: true)
        try directory("z")
        try directory("B")
        for file in ["a/x", "a/b/y", "a/b/c/w", "z/q", "top.txt"] { try touch(file) }
        try symlink("a", at: "linkdir")
        try symlink("top.txt", at: "linkfile")
    }
}
