import Testing
import NodeLoop
#if canImport(Glibc)
import Glibc
#endif

/// A directory of 10,000 files: listed whole in the synchronous and promise forms, then
/// removed with one recursive `rm`.
@Suite struct DirectoriesLargeListingTests {
    static let count = 10_000

    /// `file-00000` ... `file-09999`: zero-padded, so libuv's byte order is their numeric order.
    static func name(_ index: Int) -> String {
        let digits = String(index)
        return "file-" + String(repeating: "0", count: 5 - digits.count) + digits
    }

    @Test func tenThousandFilesAreListedInOrderAndRemovedAtOnce() throws {
        let scratch = try ScratchDirectory("dirs")
        defer { scratch.remove() }
        let directory = scratch.path + "/many"
        try fs.mkdirSync(directory)
        for index in 0..<Self.count {
            try fs.closeSync(fs.openSync(directory + "/" + Self.name(index), "w"))
        }

        let samples = [0, 1, 9, 10, 999, 5_000, 9_998, 9_999]
        let names = try fs.readdirSync(directory)
        #expect(names.count == Self.count)
        for index in samples { #expect(names[index] == Self.name(index)) }

        var fromPromise: [String]?
        var entries: [Dirent]?
        try runOnFreshLoop {
            fs.promises.readdir(directory).then { fromPromise = $0 }
            fs.promises.readdir(directory, withFileTypes: true).then { entries = $0 }
        }
        #expect(fromPromise == names)
        #expect(entries?.count == Self.count)
        #expect(entries?.allSatisfy { $0.isFile() && $0.parentPath == directory } == true)
        #expect(entries?[5_000].name == Self.name(5_000))

        let start = monotonicSeconds()
        try fs.rmSync(directory, recursive: true)
        let elapsed = monotonicSeconds() - start
        #expect(throws: NodeError.self) { try fs.statSync(directory) }
        // Removing 10,000 files is one lstat and one unlink each: well under a few seconds.
        #expect(elapsed < 10, "rm took \(elapsed) s")
    }
}

private func monotonicSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}
