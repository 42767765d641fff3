import Glibc
@testable import NodeLoop

/// What the tests of reading and writing file data share: async bodies and rejections run on a
/// fresh loop, descriptor counts, and test data with its checksum.
enum DataTestSupport {
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

    /// `count` pseudo-random bytes (xorshift64, a multiple of 8 bytes), fast enough in a debug
    /// build.
    static func pattern(count: Int) -> [UInt8] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var words = [UInt64](repeating: 0, count: count / 8)
        for index in words.indices {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            words[index] = state
        }
        return words.withUnsafeBytes { Array($0) }
    }

    /// FNV-1a (64-bit) over the bytes taken eight at a time as little-endian words, fed piece by
    /// piece; pieces need not be multiples of eight. Words rather than bytes keep it fast in a
    /// debug build.
    struct Checksum {
        private var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        /// The bytes of a word not yet complete at the end of the last piece.
        private var tail: [UInt8] = []
        private static let prime: UInt64 = 0x0000_0100_0000_01B3

        mutating func add(_ bytes: [UInt8]) {
            var start = 0
            if !tail.isEmpty {
                start = Swift.min(8 - tail.count, bytes.count)
                tail += bytes[0..<start]
                if tail.count < 8 { return }
                mix(tail)
                tail = []
            }
            let words = (bytes.count - start) / 8
            var hash = self.hash
            bytes.withUnsafeBytes { raw in
                guard let base = raw.baseAddress else { return }
                for index in 0..<words {
                    let word = UInt64(littleEndian: (base + start + index * 8).loadUnaligned(as: UInt64.self))
                    hash = (hash ^ word) &* Self.prime
                }
            }
            self.hash = hash
            tail = Array(bytes[(start + words * 8)...])
        }

        /// The checksum of everything added.
        var value: UInt64 {
            var copy = self
            if !copy.tail.isEmpty { copy.mix(copy.tail + [UInt8](repeating: 0, count: 8 - copy.tail.count)) }
            return copy.hash ^ UInt64(tail.count)
        }

        private mutating func mix(_ word: [UInt8]) {
            let value = word.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
            hash = (hash ^ value) &* Self.prime
        }
    }
}
