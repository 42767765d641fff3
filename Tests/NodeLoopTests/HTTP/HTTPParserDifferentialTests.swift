import Foundation
import Testing
import TwinSupport
@testable import NodeLoop

/// NodeLoop's parser against node's own parser binding on thousands of mutated inputs, each
/// split at random places (Tests/HTTPConformance/parse-with-node.js). Runs where node is
/// installed; `NODELOOP_HTTP_DIFF_COUNT` and `NODELOOP_HTTP_DIFF_SEED` run more or other inputs.
@Suite("HTTP parser against node's parser on mutated inputs")
struct HTTPParserDifferentialTests {
    struct Input: Encodable {
        let kind: String
        let chunks: [String]
        /// 0 for node's default.
        let maxHeaderSize: Int
    }

    @Test func transcriptsMatchNodeOnMutatedInputs() throws {
        guard let node = Subprocess.node else { return }
        let environment = ProcessInfo.processInfo.environment
        let count = environment["NODELOOP_HTTP_DIFF_COUNT"].flatMap(Int.init) ?? 3000
        var mutator = HTTPInputMutator(seed: environment["NODELOOP_HTTP_DIFF_SEED"].flatMap(UInt64.init) ?? 20_240_601)
        let corpus = HTTPConformanceTests.cases.filter { $0.bytes.count < 2000 }
        var inputs: [(kind: HTTPParser.Kind, chunks: [[UInt8]], maxHeaderSize: Int)] = []
        for _ in 0..<count {
            let base = corpus[mutator.below(corpus.count)]
            let bytes = mutator.mutate(base.bytes, other: corpus[mutator.below(corpus.count)].bytes)
            // One input in four has a small head limit, to meet it at every place a split can put it.
            let maxHeaderSize = mutator.below(4) == 0 ? 8 + mutator.below(120) : 0
            inputs.append((base.isRequest ? .request : .response, mutator.split(bytes), maxHeaderSize))
        }

        let file = FileManager.default.temporaryDirectory.appendingPathComponent("nodeloop-http-diff-\(getpid()).json")
        defer { try? FileManager.default.removeItem(at: file) }
        let encoded = inputs.map { input in
            Input(
                kind: input.kind == .request ? "request" : "response",
                chunks: input.chunks.map { String(decoding: $0, asLatin1: ()) }, maxHeaderSize: input.maxHeaderSize
            )
        }
        try JSONEncoder().encode(encoded).write(to: file)
        let script = HTTPConformanceRecording.folder.appendingPathComponent("parse-with-node.js").path
        let run = try Subprocess.run([node, "--no-deprecation", script, file.path])
        try #require(run.exitCode == 0, "\(run.stderr)")
        let nodeTranscripts = try JSONDecoder().decode([[[String]]].self, from: Data(run.stdout.utf8))
        try #require(nodeTranscripts.count == inputs.count)

        var mismatches = 0
        for (input, expected) in zip(inputs, nodeTranscripts) {
            let limit = input.maxHeaderSize == 0 ? HTTPParser.defaultMaxHeaderSize : input.maxHeaderSize
            let actual = HTTPParserTranscript.of(input.chunks, kind: input.kind, maxHeaderSize: limit)
            guard actual != expected else { continue }
            mismatches += 1
            if mismatches <= 5 {
                let chunks = input.chunks.map { String(reflecting: String(decoding: $0, asLatin1: ())) }
                Issue.record("\(input.kind) limit \(input.maxHeaderSize) \(chunks)\nNodeLoop: \(actual)\nnode:     \(expected)")
            }
        }
        #expect(mismatches == 0, "\(mismatches) of \(inputs.count) inputs differ")
    }
}
