import Testing
@testable import NodeLoop

/// A write stream holds the promises of its writes and of `end()` only until they settle, so
/// callbacks chained on them that capture the stream do not keep it alive once it has finished
/// or failed.
@Suite struct DataStreamLifetimeTests {
    @Test func aFinishedWriteStreamIsFreedThoughItsPromisesCallbacksCaptureIt() throws {
        try ScratchDirectory.with("data") { dir in
            weak var freed: FileWriteStream?
            var heard: [String] = []
            try runOnFreshLoop {
                let out = try fs.createWriteStream(dir + "/out.txt")
                freed = out
                out.write("one\n").then { withExtendedLifetime(out) { heard.append("one") } }
                out.end().then { withExtendedLifetime(out) { heard.append("end") } }
            }
            #expect(heard == ["one", "end"])
            #expect(freed == nil)
        }
    }

    @Test func aFailedWriteStreamIsFreedThoughItsPromisesCallbacksCaptureIt() throws {
        try ScratchDirectory.with("data") { dir in
            weak var freed: FileWriteStream?
            var codes: [String] = []
            try runOnFreshLoop {
                let out = try fs.createWriteStream(dir + "/missing/out.txt")
                freed = out
                let heard = { (error: any Error) in
                    withExtendedLifetime(out) { codes.append(NodeError(wrapping: error).code ?? "?") }
                }
                out.write("lost").catch(heard)
                out.end().catch(heard)
            }
            #expect(codes == ["ENOENT", "ENOENT"])
            #expect(freed == nil)
        }
    }
}
