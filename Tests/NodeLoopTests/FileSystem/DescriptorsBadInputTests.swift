import Foundation
import Testing
@testable import NodeLoop

/// Bad input to the descriptor functions (open, close, stat, fstat, truncate, ...) gives the
/// error Node gives, with Node's code and message, in the Sync form (thrown) and in the promise
/// form (rejected). Every expectation below was printed by node v20 (`<dir>` stands for the
/// scratch directory).
@Suite struct DescriptorsBadInputTests {
    struct BadInput: Sendable, CustomTestStringConvertible {
        let label: String
        let code: String
        let message: String
        let sync: @Sendable (_ dir: String) throws -> Void
        var promise: (@Sendable (_ dir: String) -> Promise<Void>)?

        var testDescription: String { label }
    }

    static let cases: [BadInput] = [
        BadInput(label: "open a missing file", code: "ENOENT", message: "ENOENT: no such file or directory, open '<dir>/missing'",
                 sync: { _ = try fs.openSync("\($0)/missing") },
                 promise: { fs.promises.open("\($0)/missing").then { _ in } }),
        BadInput(label: "open wx on an existing file", code: "EEXIST", message: "EEXIST: file already exists, open '<dir>/a.txt'",
                 sync: { _ = try fs.openSync("\($0)/a.txt", "wx") },
                 promise: { fs.promises.open("\($0)/a.txt", "wx").then { _ in } }),
        BadInput(label: "open with an unknown flag", code: "ERR_INVALID_ARG_VALUE", message: "The argument 'flags' is invalid. Received 'rw'",
                 sync: { _ = try fs.openSync("\($0)/a.txt", "rw") },
                 promise: { fs.promises.open("\($0)/a.txt", "rw").then { _ in } }),
        BadInput(label: "open a path with a NUL byte", code: "ERR_INVALID_ARG_VALUE",
                 message: "The argument 'path' must be a string, Uint8Array, or URL without null bytes. Received 'a\\x00'",
                 sync: { _ in _ = try fs.openSync("a\0") },
                 promise: { _ in fs.promises.open("a\0").then { _ in } }),
        BadInput(label: "open a directory for writing", code: "EISDIR", message: "EISDIR: illegal operation on a directory, open '<dir>'",
                 sync: { _ = try fs.openSync($0, "w") },
                 promise: { fs.promises.open($0, "w").then { _ in } }),
        BadInput(label: "open with a mode that is not octal", code: "ERR_INVALID_ARG_VALUE",
                 message: "The argument 'mode' must be a 32-bit unsigned integer or an octal string. Received '9'",
                 sync: { _ = try fs.openSync("\($0)/a.txt", "r", "9") },
                 promise: { fs.promises.open("\($0)/a.txt", "r", "9").then { _ in } }),
        BadInput(label: "open with a negative mode", code: "ERR_OUT_OF_RANGE",
                 message: "The value of \"mode\" is out of range. It must be >= 0 && <= 4294967295. Received -1",
                 sync: { _ = try fs.openSync("\($0)/a.txt", "r", -1) },
                 promise: { fs.promises.open("\($0)/a.txt", "r", -1).then { _ in } }),
        BadInput(label: "open with flags beyond 32 bits", code: "ERR_OUT_OF_RANGE",
                 message: "The value of \"flags\" is out of range. It must be >= -2147483648 && <= 2147483647. Received 4294967296",
                 sync: { _ = try fs.openSync("\($0)/a.txt", OpenFlags(rawValue: 1 << 32)) },
                 promise: { fs.promises.open("\($0)/a.txt", OpenFlags(rawValue: 1 << 32)).then { _ in } }),
        BadInput(label: "close a negative descriptor", code: "ERR_OUT_OF_RANGE",
                 message: "The value of \"fd\" is out of range. It must be >= 0 && <= 2147483647. Received -1",
                 sync: { _ in try fs.closeSync(-1) }),
        BadInput(label: "close a descriptor that is not open", code: "EBADF", message: "EBADF: bad file descriptor, close",
                 sync: { _ in try fs.closeSync(12_345) }),
        BadInput(label: "fstat a descriptor that is not open", code: "EBADF", message: "EBADF: bad file descriptor, fstat",
                 sync: { _ in _ = try fs.fstatSync(12_345) }),
        BadInput(label: "fsync a descriptor that is not open", code: "EBADF", message: "EBADF: bad file descriptor, fsync",
                 sync: { _ in try fs.fsyncSync(12_345) }),
        BadInput(label: "fdatasync a descriptor that is not open", code: "EBADF", message: "EBADF: bad file descriptor, fdatasync",
                 sync: { _ in try fs.fdatasyncSync(12_345) }),
        BadInput(label: "ftruncate a descriptor that is not open", code: "EBADF", message: "EBADF: bad file descriptor, ftruncate",
                 sync: { _ in try fs.ftruncateSync(12_345, 0) }),
        BadInput(label: "stat a missing file", code: "ENOENT", message: "ENOENT: no such file or directory, stat '<dir>/missing'",
                 sync: { _ = try fs.statSync("\($0)/missing") },
                 promise: { fs.promises.stat("\($0)/missing").then { _ in } }),
        BadInput(label: "stat a path with a NUL byte", code: "ERR_INVALID_ARG_VALUE",
                 message: "The argument 'path' must be a string, Uint8Array, or URL without null bytes. Received 'x\\x00y'",
                 sync: { _ in _ = try fs.statSync("x\0y") },
                 promise: { _ in fs.promises.stat("x\0y").then { _ in } }),
        BadInput(label: "lstat a missing file", code: "ENOENT", message: "ENOENT: no such file or directory, lstat '<dir>/missing'",
                 sync: { _ = try fs.lstatSync("\($0)/missing") },
                 promise: { fs.promises.lstat("\($0)/missing").then { _ in } }),
        BadInput(label: "stat a path through a file", code: "ENOTDIR", message: "ENOTDIR: not a directory, stat '<dir>/a.txt/x'",
                 sync: { _ = try fs.statSync("\($0)/a.txt/x") },
                 promise: { fs.promises.stat("\($0)/a.txt/x").then { _ in } }),
        BadInput(label: "truncate a missing file", code: "ENOENT", message: "ENOENT: no such file or directory, open '<dir>/missing'",
                 sync: { try fs.truncateSync("\($0)/missing") },
                 promise: { fs.promises.truncate("\($0)/missing") }),
        BadInput(label: "truncate a directory", code: "EISDIR", message: "EISDIR: illegal operation on a directory, open '<dir>'",
                 sync: { try fs.truncateSync($0) },
                 promise: { fs.promises.truncate($0) }),
        // node: fs.truncateSync(p, 2**53); fs.promises.truncate(p, 2**53): checked once the file is open
        BadInput(label: "truncate to a length beyond the safe integers", code: "ERR_OUT_OF_RANGE", message: lengthMessage,
                 sync: { try fs.truncateSync("\($0)/a.txt", 1 << 53) },
                 promise: { fs.promises.truncate("\($0)/a.txt", 1 << 53) }),
        // node: fs.truncateSync('/nope', 2**53): the open fails first
        BadInput(label: "truncate a missing file to a length beyond the safe integers", code: "ENOENT",
                 message: "ENOENT: no such file or directory, open '<dir>/missing'",
                 sync: { try fs.truncateSync("\($0)/missing", 1 << 53) },
                 promise: { fs.promises.truncate("\($0)/missing", 1 << 53) }),
        // node: fs.ftruncateSync(-1, 2**53): the length is checked before the descriptor
        BadInput(label: "ftruncate a negative descriptor to a length beyond the safe integers", code: "ERR_OUT_OF_RANGE",
                 message: lengthMessage.replacingOccurrences(of: "9_007_199_254_740_992", with: "-9_007_199_254_740_992"),
                 sync: { _ in try fs.ftruncateSync(-1, -(1 << 53)) }),
        // node: fs.ftruncateSync(-1, -1): a negative length is no error, the descriptor is
        BadInput(label: "ftruncate a negative descriptor to a negative length", code: "ERR_OUT_OF_RANGE",
                 message: "The value of \"fd\" is out of range. It must be >= 0 && <= 2147483647. Received -1",
                 sync: { _ in try fs.ftruncateSync(-1, -1) }),
        // node: (await fs.promises.open(p, 'r+')).truncate(2**62): a JavaScript number prints its digits
        BadInput(label: "filehandle.truncate to a length far beyond the safe integers", code: "ERR_OUT_OF_RANGE",
                 message: lengthMessage.replacingOccurrences(of: "9_007_199_254_740_992", with: "4_611_686_018_427_388_000"),
                 sync: { dir in try fs.truncateSync("\(dir)/a.txt", 1 << 62) },
                 promise: { dir in
                     fs.promises.open("\(dir)/a.txt", "r+").then { file in file.truncate(1 << 62).finally { file.close() } }
                 }),
    ]

    static let lengthMessage = "The value of \"len\" is out of range. It must be >= -9007199254740991 && <= 9007199254740991. "
        + "Received 9_007_199_254_740_992"

    @Test(arguments: cases)
    func theSyncFormThrowsNodesError(_ input: BadInput) throws {
        try withDescriptorsScratch { dir in
            let loop = EventLoop()
            defer { try? loop.close() }
            #expect {
                try input.sync(dir)
            } throws: { error in
                guard let error = error as? NodeError else { return false }
                return error.code == input.code && error.message.replacingOccurrences(of: dir, with: "<dir>") == input.message
            }
        }
    }

    @Test(arguments: cases.filter { $0.promise != nil })
    func thePromiseFormRejectsWithNodesError(_ input: BadInput) throws {
        try withDescriptorsScratch { dir in
            var rejection: NodeError?
            let loop = EventLoop()
            loop.run {
                input.promise?(dir).catch { error -> Void in rejection = error as? NodeError }
            }
            try loop.close()
            #expect(rejection?.code == input.code)
            #expect(rejection?.message.replacingOccurrences(of: dir, with: "<dir>") == input.message)
        }
    }
}

/// Runs `body` with a fresh scratch directory holding `a.txt` ("hello"), removed afterwards.
func withDescriptorsScratch(_ body: (String) throws -> Void) throws {
    try ScratchDirectory.with("descriptors") { dir in
        try fs.writeFileSync(dir + "/a.txt", "hello")
        try body(dir)
    }
}
