import Testing
import NodeLoop

/// Bad inputs to readdir, mkdir, mkdtemp, rmdir and rm: each gives Node's error, with Node's
/// code and message, thrown by the synchronous form and rejecting the promise form. Every
/// expectation was printed by Node v20 running the same call in a directory holding `file`,
/// `empty/` and `full/sub/`; `<dir>` stands for that directory.
@Suite struct DirectoriesBadInputTests {
    struct BadInput: CustomTestStringConvertible, Sendable {
        let label: String
        let sync: @Sendable (_ directory: String) throws -> Void
        let promise: @Sendable (_ directory: String) -> Promise<Void>
        let code: String
        let message: String
        /// mkdtemp's asynchronous errors name the template with its X's filled in.
        var asyncFillsTemplate = false

        var testDescription: String { label }
    }

    static let inputs: [BadInput] = [
        BadInput(
            label: "readdir of a path with a NUL byte",
            sync: { _ in _ = try fs.readdirSync("a\0b") },
            promise: { _ in fs.promises.readdir("a\0b").then { _ in } },
            code: "ERR_INVALID_ARG_VALUE",
            message: #"The argument 'path' must be a string, Uint8Array, or URL without null bytes. Received 'a\x00b'"#
        ),
        BadInput(
            label: "readdir of a missing directory",
            sync: { _ = try fs.readdirSync($0 + "/missing") },
            promise: { fs.promises.readdir($0 + "/missing").then { _ in } },
            code: "ENOENT",
            message: "ENOENT: no such file or directory, scandir '<dir>/missing'"
        ),
        BadInput(
            label: "readdir of a file",
            sync: { _ = try fs.readdirSync($0 + "/file") },
            promise: { fs.promises.readdir($0 + "/file").then { _ in } },
            code: "ENOTDIR",
            message: "ENOTDIR: not a directory, scandir '<dir>/file'"
        ),
        BadInput(
            label: "readdir of an empty path",
            sync: { _ in _ = try fs.readdirSync("") },
            promise: { _ in fs.promises.readdir("").then { _ in } },
            code: "ENOENT",
            message: "ENOENT: no such file or directory, scandir ''"
        ),
        BadInput(
            label: "readdir recursive of a missing directory",
            sync: { _ = try fs.readdirSync($0 + "/missing", recursive: true) },
            promise: { fs.promises.readdir($0 + "/missing", recursive: true).then { _ in } },
            code: "ENOENT",
            message: "ENOENT: no such file or directory, scandir '<dir>/missing'"
        ),
        BadInput(
            label: "readdir withFileTypes of a file",
            sync: { _ = try fs.readdirSync($0 + "/file", withFileTypes: true) },
            promise: { fs.promises.readdir($0 + "/file", withFileTypes: true).then { _ in } },
            code: "ENOTDIR",
            message: "ENOTDIR: not a directory, scandir '<dir>/file'"
        ),
        BadInput(
            label: "readdir recursive withFileTypes of a path with a NUL byte",
            sync: { _ in _ = try fs.readdirSync("x\0", withFileTypes: true, recursive: true) },
            promise: { _ in fs.promises.readdir("x\0", withFileTypes: true, recursive: true).then { _ in } },
            code: "ERR_INVALID_ARG_VALUE",
            message: #"The argument 'path' must be a string, Uint8Array, or URL without null bytes. Received 'x\x00'"#
        ),
        BadInput(
            label: "mkdir of a path with a NUL byte",
            sync: { _ in try fs.mkdirSync("a\0") },
            promise: { _ in fs.promises.mkdir("a\0").then { _ in } },
            code: "ERR_INVALID_ARG_VALUE",
            message: #"The argument 'path' must be a string, Uint8Array, or URL without null bytes. Received 'a\x00'"#
        ),
        BadInput(
            label: "mkdir of an existing directory",
            sync: { try fs.mkdirSync($0 + "/empty") },
            promise: { fs.promises.mkdir($0 + "/empty").then { _ in } },
            code: "EEXIST",
            message: "EEXIST: file already exists, mkdir '<dir>/empty'"
        ),
        BadInput(
            label: "mkdir with a missing parent",
            sync: { try fs.mkdirSync($0 + "/missing/x") },
            promise: { fs.promises.mkdir($0 + "/missing/x").then { _ in } },
            code: "ENOENT",
            message: "ENOENT: no such file or directory, mkdir '<dir>/missing/x'"
        ),
        BadInput(
            label: "mkdir under a file",
            sync: { try fs.mkdirSync($0 + "/file/x") },
            promise: { fs.promises.mkdir($0 + "/file/x").then { _ in } },
            code: "ENOTDIR",
            message: "ENOTDIR: not a directory, mkdir '<dir>/file/x'"
        ),
        BadInput(
            label: "mkdir with a negative mode",
            sync: { try fs.mkdirSync($0 + "/m", mode: -1) },
            promise: { fs.promises.mkdir($0 + "/m", mode: -1).then { _ in } },
            code: "ERR_OUT_OF_RANGE",
            message: #"The value of "mode" is out of range. It must be >= 0 && <= 4294967295. Received -1"#
        ),
        BadInput(
            label: "mkdir with a mode of 2^32",
            sync: { try fs.mkdirSync($0 + "/m", mode: 4_294_967_296) },
            promise: { fs.promises.mkdir($0 + "/m", mode: 4_294_967_296).then { _ in } },
            code: "ERR_OUT_OF_RANGE",
            message: #"The value of "mode" is out of range. It must be >= 0 && <= 4294967295. Received 4294967296"#
        ),
        BadInput(
            label: "mkdir with a mode string that is not octal",
            sync: { try fs.mkdirSync($0 + "/m", mode: "abc") },
            promise: { fs.promises.mkdir($0 + "/m", mode: "abc").then { _ in } },
            code: "ERR_INVALID_ARG_VALUE",
            message: "The argument 'mode' must be a 32-bit unsigned integer or an octal string. Received 'abc'"
        ),
        BadInput(
            label: "mkdir with an empty mode string",
            sync: { try fs.mkdirSync($0 + "/m", mode: "") },
            promise: { fs.promises.mkdir($0 + "/m", mode: "").then { _ in } },
            code: "ERR_INVALID_ARG_VALUE",
            message: "The argument 'mode' must be a 32-bit unsigned integer or an octal string. Received ''"
        ),
        BadInput(
            label: "mkdir recursive of a file",
            sync: { try fs.mkdirSync($0 + "/file", recursive: true) },
            promise: { fs.promises.mkdir($0 + "/file", recursive: true).then { _ in } },
            code: "EEXIST",
            message: "EEXIST: file already exists, mkdir '<dir>/file'"
        ),
        BadInput(
            label: "mkdir recursive under a file",
            sync: { try fs.mkdirSync($0 + "/file/x/y", recursive: true) },
            promise: { fs.promises.mkdir($0 + "/file/x/y", recursive: true).then { _ in } },
            code: "ENOTDIR",
            message: "ENOTDIR: not a directory, mkdir '<dir>/file/x/y'"
        ),
        BadInput(
            label: "mkdir recursive of a path with a NUL byte",
            sync: { _ in try fs.mkdirSync("a/\0/b", recursive: true) },
            promise: { _ in fs.promises.mkdir("a/\0/b", recursive: true).then { _ in } },
            code: "ERR_INVALID_ARG_VALUE",
            message: #"The argument 'path' must be a string, Uint8Array, or URL without null bytes. Received 'a/\x00/b'"#
        ),
        BadInput(
            label: "mkdtemp of a prefix with a NUL byte",
            sync: { _ in _ = try fs.mkdtempSync("pre\0") },
            promise: { _ in fs.promises.mkdtemp("pre\0").then { _ in } },
            code: "ERR_INVALID_ARG_VALUE",
            message: #"The argument 'prefix' must be a string, Uint8Array, or URL without null bytes. Received 'pre\x00'"#
        ),
        BadInput(
            label: "mkdtemp in a missing directory",
            sync: { _ = try fs.mkdtempSync($0 + "/missing/pre-") },
            promise: { fs.promises.mkdtemp($0 + "/missing/pre-").then { _ in } },
            code: "ENOENT",
            message: "ENOENT: no such file or directory, mkdtemp '<dir>/missing/pre-XXXXXX'",
            asyncFillsTemplate: true
        ),
        BadInput(
            label: "mkdtemp under a file",
            sync: { _ = try fs.mkdtempSync($0 + "/file/pre-") },
            promise: { fs.promises.mkdtemp($0 + "/file/pre-").then { _ in } },
            code: "ENOTDIR",
            message: "ENOTDIR: not a directory, mkdtemp '<dir>/file/pre-XXXXXX'",
            asyncFillsTemplate: true
        ),
        BadInput(
            label: "mkdtemp of an empty prefix",
            sync: { _ in _ = try fs.mkdtempSync("") },
            promise: { _ in fs.promises.mkdtemp("").then { _ in } },
            code: "EINVAL",
            message: "EINVAL: invalid argument, mkdtemp 'XXXXX'"
        ),
        BadInput(
            label: "rmdir of a path with a NUL byte",
            sync: { _ in try fs.rmdirSync("\0") },
            promise: { _ in fs.promises.rmdir("\0") },
            code: "ERR_INVALID_ARG_VALUE",
            message: #"The argument 'path' must be a string, Uint8Array, or URL without null bytes. Received '\x00'"#
        ),
        BadInput(
            label: "rmdir of a missing directory",
            sync: { try fs.rmdirSync($0 + "/missing") },
            promise: { fs.promises.rmdir($0 + "/missing") },
            code: "ENOENT",
            message: "ENOENT: no such file or directory, rmdir '<dir>/missing'"
        ),
        BadInput(
            label: "rmdir of a directory that is not empty",
            sync: { try fs.rmdirSync($0 + "/full") },
            promise: { fs.promises.rmdir($0 + "/full") },
            code: "ENOTEMPTY",
            message: "ENOTEMPTY: directory not empty, rmdir '<dir>/full'"
        ),
        BadInput(
            label: "rmdir of a file",
            sync: { try fs.rmdirSync($0 + "/file") },
            promise: { fs.promises.rmdir($0 + "/file") },
            code: "ENOTDIR",
            message: "ENOTDIR: not a directory, rmdir '<dir>/file'"
        ),
        BadInput(
            label: "rmdir of a path ending in /.",
            sync: { try fs.rmdirSync($0 + "/empty/.") },
            promise: { fs.promises.rmdir($0 + "/empty/.") },
            code: "EINVAL",
            message: "EINVAL: invalid argument, rmdir '<dir>/empty/.'"
        ),
        BadInput(
            label: "rm of a path with a NUL byte",
            sync: { _ in try fs.rmSync("a\0") },
            promise: { _ in fs.promises.rm("a\0") },
            code: "ERR_INVALID_ARG_VALUE",
            message: #"The argument 'path' must be a string, Uint8Array, or URL without null bytes. Received 'a\x00'"#
        ),
        BadInput(
            label: "rm of a missing path",
            sync: { try fs.rmSync($0 + "/missing") },
            promise: { fs.promises.rm($0 + "/missing") },
            code: "ENOENT",
            message: "ENOENT: no such file or directory, lstat '<dir>/missing'"
        ),
        BadInput(
            label: "rm of a directory",
            sync: { try fs.rmSync($0 + "/empty") },
            promise: { fs.promises.rm($0 + "/empty") },
            code: "ERR_FS_EISDIR",
            message: "Path is a directory: rm returned EISDIR (is a directory) <dir>/empty"
        ),
        BadInput(
            label: "rm forced of a directory",
            sync: { try fs.rmSync($0 + "/empty", force: true) },
            promise: { fs.promises.rm($0 + "/empty", force: true) },
            code: "ERR_FS_EISDIR",
            message: "Path is a directory: rm returned EISDIR (is a directory) <dir>/empty"
        ),
        BadInput(
            label: "rm forced under a file",
            sync: { try fs.rmSync($0 + "/file/x", force: true) },
            promise: { fs.promises.rm($0 + "/file/x", force: true) },
            code: "ENOTDIR",
            message: "ENOTDIR: not a directory, lstat '<dir>/file/x'"
        ),
        BadInput(
            label: "rm of an empty path",
            sync: { _ in try fs.rmSync("") },
            promise: { _ in fs.promises.rm("") },
            code: "ENOENT",
            message: "ENOENT: no such file or directory, lstat ''"
        ),
    ]

    @Test(arguments: inputs)
    func badInputFailsAsInNode(_ input: BadInput) throws {
        let scratch = try ScratchDirectory("dirs")
        defer { scratch.remove() }
        try scratch.touch("file")
        try fs.mkdirSync(scratch.path + "/empty")
        try fs.mkdirSync(scratch.path + "/full/sub", recursive: true)
        let expectedMessage = input.message.replacing("<dir>", with: scratch.path)

        let thrown = #expect(throws: NodeError.self) { try input.sync(scratch.path) }
        #expect(thrown?.code == input.code)
        #expect(thrown?.message == expectedMessage)

        var rejection: NodeError?
        var fulfilled = false
        try runOnFreshLoop {
            input.promise(scratch.path)
                .then { fulfilled = true }
                .catch { rejection = $0 as? NodeError }
        }
        #expect(!fulfilled)
        #expect(rejection?.code == input.code)
        if input.asyncFillsTemplate {
            let template = expectedMessage.dropLast("XXXXXX'".count)
            #expect(rejection?.message.hasPrefix(template) == true)
            #expect(rejection?.message.hasSuffix("XXXXXX'") == false)
            #expect(rejection?.message.utf8.count == expectedMessage.utf8.count)
        } else {
            #expect(rejection?.message == expectedMessage)
        }
    }

    @Test func badArgumentsAreThrownAtTheCallInTheCallbackForm() throws {
        var called = false
        try runOnFreshLoop {
            #expect(throws: NodeError.self) { try fs.readdir("a\0") { _, _ in called = true } }
            #expect(throws: NodeError.self) { try fs.mkdir("m", mode: -1) { _ in called = true } }
            #expect(throws: NodeError.self) { try fs.mkdtemp("p\0") { _, _ in called = true } }
            #expect(throws: NodeError.self) { try fs.rmdir("\0") { _ in called = true } }
            #expect(throws: NodeError.self) { try fs.rm("\0", recursive: true) { _ in called = true } }
        }
        #expect(!called)
    }
}
