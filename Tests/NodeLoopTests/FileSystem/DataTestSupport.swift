import Glibc
@testable import NodeLoop

/// What the tests of reading and writing file data share: a scratch directory of their own and
/// a fresh loop that must close cleanly.
enum DataTestSupport {
    /// Makes a scratch directory under the system temp dir, runs `body` with its path, and
    /// removes it with everything in it.
    static func withScratch<Result>(_ body: (String) throws -> Result) throws -> Result {
        let base = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        var template = Array("\(base)/nodeloop-data-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw NodeError("mkdtemp failed") }
        let directory = String(cString: made)
        defer { removeTree(directory) }
        return try body(directory)
    }

    /// Runs `script` on a fresh loop, then closes the loop: `close()` throws if anything leaked.
    static func runOnFreshLoop(_ script: () throws -> Void) throws {
        let loop = EventLoop()
        loop.run(script)
        try loop.close()
    }

    /// Runs the async `body` as an async function on a fresh loop and returns what it returned
    /// or rethrows what it threw.
    static func runAsync<Output: Sendable>(_ body: @escaping @Sendable () async throws -> Output) throws -> Output {
        var outcome: Result<Output, any Error>?
        try runOnFreshLoop {
            Promise { () async throws -> Output in try await body() }
                .then { outcome = .success($0) }
                .catch { error -> Void in outcome = .failure(error) }
        }
        guard let outcome else { throw NodeError("the async body never finished") }
        return try outcome.get()
    }

    /// The error a promise rejected with, running it on a fresh loop; nil if it fulfilled.
    static func rejection<Value>(_ make: @escaping () -> Promise<Value>) throws -> NodeError? {
        var rejection: NodeError?
        try runOnFreshLoop {
            make().then { _ in }.catch { error -> Void in rejection = NodeError(wrapping: error) }
        }
        return rejection
    }

    /// The number of descriptors the process has open.
    static func openDescriptorCount() -> Int {
        guard let directory = opendir("/proc/self/fd") else { return 0 }
        defer { closedir(directory) }
        var count = 0
        while readdir(directory) != nil { count += 1 }
        return count
    }

    /// Whether `fd` no longer refers to the file with inode `inode` (closed, or reused for
    /// another file).
    static func isClosed(_ fd: Int32, inode: UInt64) -> Bool {
        var status = stat()
        return fstat(fd, &status) != 0 || UInt64(status.st_ino) != inode
    }

    /// FNV-1a (64-bit), fed piece by piece.
    struct Checksum {
        private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

        mutating func add(_ bytes: [UInt8]) {
            var hash = value
            bytes.withUnsafeBufferPointer { memory in
                for byte in memory {
                    hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                }
            }
            value = hash
        }
    }

    private static func removeTree(_ path: String) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        guard status.st_mode & S_IFMT == S_IFDIR, let directory = opendir(path) else {
            unlink(path)
            return
        }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            removeTree(path + "/" + name)
        }
        closedir(directory)
        rmdir(path)
    }
}
