import Testing
@testable import NodeLoop

/// Bad inputs to the path functions: each fails with Node's code and message in the sync form
/// (a throw) and in the promise form (a rejection, never a throw). Every expectation is what
/// node v20 prints for the same call; `{dir}` stands for the scratch directory.
///
/// Each case runs in a fresh scratch directory holding a file `a` (5 bytes), a file `c`, a
/// directory `d` with a file `d/inner`, an empty directory `e`, a symbolic link `la -> a`, a
/// dangling link `dangling -> nowhere`, and links `loop1 -> loop2 -> loop1`.
@Suite struct PathsBadInputTests {
    struct BadInput: Sendable, CustomTestStringConvertible {
        let label: String
        let code: String
        /// Node's message; nil where only the code is fixed.
        let message: String?
        /// The promise form's message where it differs (Node's promise realpath is the native one).
        let promiseMessage: String?
        let sync: @Sendable (String) throws -> Void
        let promise: @Sendable (String) -> Promise<Void>

        init(
            _ label: String, _ code: String, _ message: String?, promiseMessage: String? = nil,
            sync: @escaping @Sendable (String) throws -> Void, promise: @escaping @Sendable (String) -> Promise<Void>
        ) {
            self.label = label
            self.code = code
            self.message = message
            self.promiseMessage = promiseMessage
            self.sync = sync
            self.promise = promise
        }

        var testDescription: String { label }
    }

    static func nul(_ name: String, _ value: String) -> String {
        "The argument '\(name)' must be a string, Uint8Array, or URL without null bytes. Received '\(value)\\x00'"
    }

    static let modeRange = "mode is out of range: >= 0 && <= 7"
    static let idRange = ">= -1 && <= 4294967295"

    /// A FileHandle on `{dir}/a`, closed once `use` settles: the promise form of the fd calls.
    static func withHandle(_ dir: String, _ use: (FileHandle) -> Promise<Void>) -> Promise<Void> {
        guard let fd = try? fs.openSync(dir + "/a") else { return Promise.reject(NodeError("open failed")) }
        let handle = FileHandle(fd)
        return use(handle).finally { handle.close() }
    }

    static let catalog: [BadInput] = [
        // unlink
        BadInput("unlink NUL", "ERR_INVALID_ARG_VALUE", nul("path", "a"),
                 sync: { _ in try fs.unlinkSync("a\0") }, promise: { _ in fs.promises.unlink("a\0") }),
        BadInput("unlink missing", "ENOENT", "ENOENT: no such file or directory, unlink '{dir}/missing'",
                 sync: { try fs.unlinkSync($0 + "/missing") }, promise: { fs.promises.unlink($0 + "/missing") }),
        BadInput("unlink directory", "EISDIR", "EISDIR: illegal operation on a directory, unlink '{dir}/d'",
                 sync: { try fs.unlinkSync($0 + "/d") }, promise: { fs.promises.unlink($0 + "/d") }),
        // rename
        BadInput("rename NUL oldPath", "ERR_INVALID_ARG_VALUE", nul("oldPath", "a"),
                 sync: { _ in try fs.renameSync("a\0", "b\0") }, promise: { _ in fs.promises.rename("a\0", "b\0") }),
        BadInput("rename NUL newPath", "ERR_INVALID_ARG_VALUE", nul("newPath", "b"),
                 sync: { _ in try fs.renameSync("a", "b\0") }, promise: { _ in fs.promises.rename("a", "b\0") }),
        BadInput("rename missing", "ENOENT", "ENOENT: no such file or directory, rename '{dir}/missing' -> '{dir}/b'",
                 sync: { try fs.renameSync($0 + "/missing", $0 + "/b") }, promise: { fs.promises.rename($0 + "/missing", $0 + "/b") }),
        BadInput("rename onto a non-empty directory", "ENOTEMPTY", "ENOTEMPTY: directory not empty, rename '{dir}/e' -> '{dir}/d'",
                 sync: { try fs.renameSync($0 + "/e", $0 + "/d") }, promise: { fs.promises.rename($0 + "/e", $0 + "/d") }),
        BadInput("rename a file onto a directory", "EISDIR", "EISDIR: illegal operation on a directory, rename '{dir}/a' -> '{dir}/d'",
                 sync: { try fs.renameSync($0 + "/a", $0 + "/d") }, promise: { fs.promises.rename($0 + "/a", $0 + "/d") }),
        BadInput("rename a directory onto a file", "ENOTDIR", "ENOTDIR: not a directory, rename '{dir}/e' -> '{dir}/a'",
                 sync: { try fs.renameSync($0 + "/e", $0 + "/a") }, promise: { fs.promises.rename($0 + "/e", $0 + "/a") }),
        // copyFile
        BadInput("copyFile NUL src", "ERR_INVALID_ARG_VALUE", nul("src", "a"),
                 sync: { _ in try fs.copyFileSync("a\0", "b", 8) }, promise: { _ in fs.promises.copyFile("a\0", "b", 8) }),
        BadInput("copyFile NUL dest", "ERR_INVALID_ARG_VALUE", nul("dest", "b"),
                 sync: { _ in try fs.copyFileSync("a", "b\0") }, promise: { _ in fs.promises.copyFile("a", "b\0") }),
        BadInput("copyFile mode 8", "ERR_OUT_OF_RANGE", modeRange,
                 sync: { try fs.copyFileSync($0 + "/a", $0 + "/b", 8) }, promise: { fs.promises.copyFile($0 + "/a", $0 + "/b", 8) }),
        BadInput("copyFile mode -1", "ERR_OUT_OF_RANGE", modeRange,
                 sync: { try fs.copyFileSync($0 + "/a", $0 + "/b", -1) }, promise: { fs.promises.copyFile($0 + "/a", $0 + "/b", -1) }),
        BadInput("copyFile EXCL onto an existing file", "EEXIST", "EEXIST: file already exists, copyfile '{dir}/a' -> '{dir}/c'",
                 sync: { try fs.copyFileSync($0 + "/a", $0 + "/c", fs.constants.COPYFILE_EXCL) },
                 promise: { fs.promises.copyFile($0 + "/a", $0 + "/c", fs.constants.COPYFILE_EXCL) }),
        BadInput("copyFile missing", "ENOENT", "ENOENT: no such file or directory, copyfile '{dir}/missing' -> '{dir}/b'",
                 sync: { try fs.copyFileSync($0 + "/missing", $0 + "/b") }, promise: { fs.promises.copyFile($0 + "/missing", $0 + "/b") }),
        BadInput("copyFile a directory", "EISDIR", "EISDIR: illegal operation on a directory, copyfile '{dir}/d' -> '{dir}/z'",
                 sync: { try fs.copyFileSync($0 + "/d", $0 + "/z") }, promise: { fs.promises.copyFile($0 + "/d", $0 + "/z") }),
        BadInput("copyFile into a missing directory", "ENOENT", "ENOENT: no such file or directory, copyfile '{dir}/a' -> '{dir}/zz/a'",
                 sync: { try fs.copyFileSync($0 + "/a", $0 + "/zz/a") }, promise: { fs.promises.copyFile($0 + "/a", $0 + "/zz/a") }),
        // access
        BadInput("access NUL", "ERR_INVALID_ARG_VALUE", nul("path", "a"),
                 sync: { _ in try fs.accessSync("a\0", 8) }, promise: { _ in fs.promises.access("a\0", 8) }),
        BadInput("access mode 8", "ERR_OUT_OF_RANGE", modeRange,
                 sync: { try fs.accessSync($0 + "/a", 8) }, promise: { fs.promises.access($0 + "/a", 8) }),
        BadInput("access mode -1", "ERR_OUT_OF_RANGE", modeRange,
                 sync: { try fs.accessSync($0 + "/a", -1) }, promise: { fs.promises.access($0 + "/a", -1) }),
        BadInput("access missing", "ENOENT", "ENOENT: no such file or directory, access '{dir}/missing'",
                 sync: { try fs.accessSync($0 + "/missing", fs.constants.W_OK) }, promise: { fs.promises.access($0 + "/missing") }),
        BadInput("access X_OK without execute bits", "EACCES", "EACCES: permission denied, access '{dir}/a'",
                 sync: { try fs.accessSync($0 + "/a", fs.constants.X_OK) }, promise: { fs.promises.access($0 + "/a", fs.constants.X_OK) }),
        // symlink
        BadInput("symlink NUL target", "ERR_INVALID_ARG_VALUE", nul("target", "a"),
                 sync: { _ in try fs.symlinkSync("a\0", "b\0", "bogus") }, promise: { _ in fs.promises.symlink("a\0", "b\0", "bogus") }),
        BadInput("symlink NUL path", "ERR_INVALID_ARG_VALUE", nul("path", "b"),
                 sync: { _ in try fs.symlinkSync("a", "b\0", "bogus") }, promise: { _ in fs.promises.symlink("a", "b\0", "bogus") }),
        BadInput("symlink type", "ERR_FS_INVALID_SYMLINK_TYPE", "Symlink type must be one of \"dir\", \"file\", or \"junction\". Received \"bogus\"",
                 sync: { try fs.symlinkSync("a", $0 + "/b", "bogus") }, promise: { fs.promises.symlink("a", $0 + "/b", "bogus") }),
        BadInput("symlink empty type", "ERR_FS_INVALID_SYMLINK_TYPE", "Symlink type must be one of \"dir\", \"file\", or \"junction\". Received \"\"",
                 sync: { try fs.symlinkSync("a", $0 + "/b", "") }, promise: { fs.promises.symlink("a", $0 + "/b", "") }),
        BadInput("symlink onto an existing path", "EEXIST", "EEXIST: file already exists, symlink 'a' -> '{dir}/la'",
                 sync: { try fs.symlinkSync("a", $0 + "/la") }, promise: { fs.promises.symlink("a", $0 + "/la") }),
        BadInput("symlink in a missing directory", "ENOENT", "ENOENT: no such file or directory, symlink 'a' -> '{dir}/nodir/l'",
                 sync: { try fs.symlinkSync("a", $0 + "/nodir/l") }, promise: { fs.promises.symlink("a", $0 + "/nodir/l") }),
        // readlink
        BadInput("readlink NUL", "ERR_INVALID_ARG_VALUE", nul("oldPath", "a"),
                 sync: { _ in _ = try fs.readlinkSync("a\0") }, promise: { _ in fs.promises.readlink("a\0").then { _ in } }),
        BadInput("readlink of a file", "EINVAL", "EINVAL: invalid argument, readlink '{dir}/a'",
                 sync: { _ = try fs.readlinkSync($0 + "/a") }, promise: { fs.promises.readlink($0 + "/a").then { _ in } }),
        BadInput("readlink missing", "ENOENT", "ENOENT: no such file or directory, readlink '{dir}/missing'",
                 sync: { _ = try fs.readlinkSync($0 + "/missing") }, promise: { fs.promises.readlink($0 + "/missing").then { _ in } }),
        // link
        BadInput("link NUL existingPath", "ERR_INVALID_ARG_VALUE", nul("existingPath", "a"),
                 sync: { _ in try fs.linkSync("a\0", "b\0") }, promise: { _ in fs.promises.link("a\0", "b\0") }),
        BadInput("link NUL newPath", "ERR_INVALID_ARG_VALUE", nul("newPath", "b"),
                 sync: { _ in try fs.linkSync("a", "b\0") }, promise: { _ in fs.promises.link("a", "b\0") }),
        BadInput("link onto an existing name", "EEXIST", "EEXIST: file already exists, link '{dir}/a' -> '{dir}/c'",
                 sync: { try fs.linkSync($0 + "/a", $0 + "/c") }, promise: { fs.promises.link($0 + "/a", $0 + "/c") }),
        BadInput("link a directory", "EPERM", "EPERM: operation not permitted, link '{dir}/d' -> '{dir}/hd'",
                 sync: { try fs.linkSync($0 + "/d", $0 + "/hd") }, promise: { fs.promises.link($0 + "/d", $0 + "/hd") }),
        // realpath: the sync form is Node's JavaScript walk, the promise form realpath(3)
        BadInput("realpath NUL", "ERR_INVALID_ARG_VALUE", nul("path", "a"),
                 sync: { _ in _ = try fs.realpathSync("a\0") }, promise: { _ in fs.promises.realpath("a\0").then { _ in } }),
        BadInput("realpath missing", "ENOENT", "ENOENT: no such file or directory, lstat '{dir}/missing'",
                 promiseMessage: "ENOENT: no such file or directory, realpath '{dir}/missing'",
                 sync: { _ = try fs.realpathSync($0 + "/missing") }, promise: { fs.promises.realpath($0 + "/missing").then { _ in } }),
        BadInput("realpath through a file", "ENOTDIR", "ENOTDIR: not a directory, lstat '{dir}/a/x'",
                 promiseMessage: "ENOTDIR: not a directory, realpath '{dir}/a/x/y'",
                 sync: { _ = try fs.realpathSync($0 + "/a/x/y") }, promise: { fs.promises.realpath($0 + "/a/x/y").then { _ in } }),
        BadInput("realpath dangling link", "ENOENT", "ENOENT: no such file or directory, stat '{dir}/dangling'",
                 promiseMessage: "ENOENT: no such file or directory, realpath '{dir}/dangling'",
                 sync: { _ = try fs.realpathSync($0 + "/dangling") }, promise: { fs.promises.realpath($0 + "/dangling").then { _ in } }),
        BadInput("realpath link loop", "ELOOP", "ELOOP: too many symbolic links encountered, stat '{dir}/loop1'",
                 promiseMessage: "ELOOP: too many symbolic links encountered, realpath '{dir}/loop1'",
                 sync: { _ = try fs.realpathSync($0 + "/loop1") }, promise: { fs.promises.realpath($0 + "/loop1").then { _ in } }),
        // chmod
        BadInput("chmod NUL", "ERR_INVALID_ARG_VALUE", nul("path", "a"),
                 sync: { _ in try fs.chmodSync("a\0", -1) }, promise: { _ in fs.promises.chmod("a\0", -1) }),
        BadInput("chmod non-octal string", "ERR_INVALID_ARG_VALUE",
                 "The argument 'mode' must be a 32-bit unsigned integer or an octal string. Received 'abc'",
                 sync: { try fs.chmodSync($0 + "/a", "abc") }, promise: { fs.promises.chmod($0 + "/a", "abc") }),
        BadInput("chmod digit 8", "ERR_INVALID_ARG_VALUE",
                 "The argument 'mode' must be a 32-bit unsigned integer or an octal string. Received '8'",
                 sync: { try fs.chmodSync($0 + "/a", "8") }, promise: { fs.promises.chmod($0 + "/a", "8") }),
        BadInput("chmod -1", "ERR_OUT_OF_RANGE", "The value of \"mode\" is out of range. It must be >= 0 && <= 4294967295. Received -1",
                 sync: { try fs.chmodSync($0 + "/a", -1) }, promise: { fs.promises.chmod($0 + "/a", -1) }),
        BadInput("chmod 2^32", "ERR_OUT_OF_RANGE", "The value of \"mode\" is out of range. It must be >= 0 && <= 4294967295. Received 4294967296",
                 sync: { try fs.chmodSync($0 + "/a", 4_294_967_296) }, promise: { fs.promises.chmod($0 + "/a", 4_294_967_296) }),
        BadInput("chmod missing", "ENOENT", "ENOENT: no such file or directory, chmod '{dir}/missing'",
                 sync: { try fs.chmodSync($0 + "/missing", 0o644) }, promise: { fs.promises.chmod($0 + "/missing", 0o644) }),
        BadInput("fchmod mode before fd", "ERR_OUT_OF_RANGE", "The value of \"mode\" is out of range. It must be >= 0 && <= 4294967295. Received -1",
                 sync: { _ in try fs.fchmodSync(-1, -1) }, promise: { dir in withHandle(dir) { $0.chmod(-1) } }),
        // chown
        BadInput("chown NUL", "ERR_INVALID_ARG_VALUE", nul("path", "a"),
                 sync: { _ in try fs.chownSync("a\0", -2, 0) }, promise: { _ in fs.promises.chown("a\0", -2, 0) }),
        BadInput("chown uid -2", "ERR_OUT_OF_RANGE", "The value of \"uid\" is out of range. It must be \(idRange). Received -2",
                 sync: { try fs.chownSync($0 + "/a", -2, -2) }, promise: { fs.promises.chown($0 + "/a", -2, -2) }),
        BadInput("lchown gid 2^32", "ERR_OUT_OF_RANGE", "The value of \"gid\" is out of range. It must be \(idRange). Received 4294967296",
                 sync: { try fs.lchownSync($0 + "/a", 0, 4_294_967_296) }, promise: { fs.promises.lchown($0 + "/a", 0, 4_294_967_296) }),
        BadInput("chown missing", "ENOENT", "ENOENT: no such file or directory, chown '{dir}/missing'",
                 sync: { try fs.chownSync($0 + "/missing", 0, 0) }, promise: { fs.promises.chown($0 + "/missing", 0, 0) }),
        BadInput("fchown uid before fd", "ERR_OUT_OF_RANGE", "The value of \"uid\" is out of range. It must be \(idRange). Received -2",
                 sync: { _ in try fs.fchownSync(-1, -2, 0) }, promise: { dir in withHandle(dir) { $0.chown(-2, 0) } }),
        // utimes
        BadInput("utimes NaN atime", "ERR_INVALID_ARG_TYPE",
                 "The \"time\" argument must be an instance of Date or an Time in seconds. Received type number (NaN)",
                 sync: { try fs.utimesSync($0 + "/a", .nan, 1) }, promise: { fs.promises.utimes($0 + "/a", .nan, 1) }),
        BadInput("lutimes infinite mtime", "ERR_INVALID_ARG_TYPE",
                 "The \"time\" argument must be an instance of Date or an Time in seconds. Received type number (Infinity)",
                 sync: { try fs.lutimesSync($0 + "/a", 1, .infinity) }, promise: { fs.promises.lutimes($0 + "/a", 1, .infinity) }),
        BadInput("futimes -Infinity atime before fd", "ERR_INVALID_ARG_TYPE",
                 "The \"atime\" argument must be an instance of Date or an Time in seconds. Received type number (-Infinity)",
                 sync: { _ in try fs.futimesSync(-1, -.infinity, 1) }, promise: { dir in withHandle(dir) { $0.utimes(-.infinity, 1) } }),
        BadInput("futimes NaN mtime", "ERR_INVALID_ARG_TYPE",
                 "The \"mtime\" argument must be an instance of Date or an Time in seconds. Received type number (NaN)",
                 sync: { _ in try fs.futimesSync(0, 1, .nan) }, promise: { dir in withHandle(dir) { $0.utimes(1, .nan) } }),
        BadInput("utimes NUL before times", "ERR_INVALID_ARG_VALUE", nul("path", "a"),
                 sync: { _ in try fs.utimesSync("a\0", .nan, 1) }, promise: { _ in fs.promises.utimes("a\0", .nan, 1) }),
        BadInput("utimes beyond the kernel's range", "EINVAL", "EINVAL: invalid argument, utime '{dir}/a'",
                 sync: { try fs.utimesSync($0 + "/a", 1e20, 1e20) }, promise: { fs.promises.utimes($0 + "/a", 1e20, 1e20) }),
        BadInput("lutimes missing", "ENOENT", "ENOENT: no such file or directory, lutime '{dir}/missing'",
                 sync: { try fs.lutimesSync($0 + "/missing", 1, 1) }, promise: { fs.promises.lutimes($0 + "/missing", 1, 1) }),
    ]

    @Test(arguments: catalog)
    func syncThrowsAndPromiseRejectsWithNodesError(_ input: BadInput) throws {
        let scratch = try ScratchDirectory("paths")
        defer { scratch.remove() }
        try scratch.file("a", size: 5)
        try scratch.file("c")
        try scratch.directory("d")
        try scratch.file("d/inner")
        try scratch.directory("e")
        try fs.symlinkSync("a", scratch["la"])
        try fs.symlinkSync("nowhere", scratch["dangling"])
        try fs.symlinkSync("loop2", scratch["loop1"])
        try fs.symlinkSync("loop1", scratch["loop2"])
        let root = try fs.realpathSyncNative(scratch.path)
        let expected = { (message: String?) in
            message?.replacing("{dir}", with: message?.contains("lstat") == true || message?.contains(", stat") == true ? root : scratch.path)
        }

        let thrown = #expect(throws: NodeError.self) { try input.sync(scratch.path) }
        #expect(thrown?.code == input.code)
        if let message = expected(input.message) { #expect(thrown?.message == message) }

        var rejection: NodeError?
        var fulfilled = false
        try runOnFreshLoop {
            input.promise(scratch.path).then { fulfilled = true }.catch { error -> Void in rejection = error as? NodeError }
        }
        #expect(!fulfilled)
        #expect(rejection?.code == input.code)
        if let message = expected(input.promiseMessage ?? input.message) { #expect(rejection?.message == message) }
    }

    @Test func theCatalogIsLarge() {
        #expect(Self.catalog.count >= 15)
    }
}
