import Foundation
import Testing
@testable import NodeLoop

/// Robustness on random inputs (seeded, so a failure repeats): mutations of the conformance
/// inputs never crash the parser or keep it busy, and where the input is split does not change
/// what the parser reports. `NODELOOP_HTTP_FUZZ_COUNT` runs more.
@Suite("HTTP parser on mutated inputs")
struct HTTPParserFuzzTests {
    static let count = ProcessInfo.processInfo.environment["NODELOOP_HTTP_FUZZ_COUNT"].flatMap(Int.init) ?? 4000
    static let corpus = HTTPConformanceTests.cases

    /// The inputs, each with a small head limit one time in four.
    static func inputs(seed: UInt64) -> [(kind: HTTPParser.Kind, bytes: [UInt8], limit: Int, mutator: HTTPInputMutator)] {
        var mutator = HTTPInputMutator(seed: seed)
        return (0..<count).map { _ in
            let base = corpus[mutator.below(corpus.count)]
            let bytes = mutator.mutate(base.bytes, other: corpus[mutator.below(corpus.count)].bytes)
            let limit = mutator.below(4) == 0 ? 8 + mutator.below(120) : HTTPParser.defaultMaxHeaderSize
            return (base.isRequest ? .request : .response, bytes, limit, mutator)
        }
    }

    @Test func mutatedInputsEndInAVerdictQuickly() {
        let clock = ContinuousClock()
        let started = clock.now
        var verdicts = 0
        for input in Self.inputs(seed: 7) {
            var mutator = input.mutator
            let whole = HTTPParserTranscript.of([input.bytes], kind: input.kind, maxHeaderSize: input.limit)
            let split = HTTPParserTranscript.of(mutator.split(input.bytes), kind: input.kind, maxHeaderSize: input.limit)
            verdicts += whole.isEmpty ? 0 : 1
            verdicts += split.isEmpty ? 0 : 1
        }
        #expect(verdicts > 0)
        // Linear work: a few thousand small inputs take milliseconds, even under a sanitizer.
        #expect(clock.now - started < .seconds(30))
    }

    /// Splitting changes nothing but where a size limit is noticed: an input accepted whole is
    /// accepted in pieces with the same messages, and one rejected whole is rejected in pieces
    /// with the same error at the same offset (overflows aside).
    @Test func randomSplitsReportWhatOneShotParsingReports() {
        var accepted = 0
        for input in Self.inputs(seed: 11) {
            var mutator = input.mutator
            let whole = HTTPParserTranscript.of([input.bytes], kind: input.kind, maxHeaderSize: input.limit)
            let isOverflow = Self.error(of: whole)?.hasSuffix("_OVERFLOW") == true
            if Self.error(of: whole) == nil { accepted += 1 }
            for _ in 0..<3 {
                let chunks = mutator.split(input.bytes)
                let split = HTTPParserTranscript.of(chunks, kind: input.kind, maxHeaderSize: input.limit)
                if isOverflow || Self.error(of: split)?.hasSuffix("_OVERFLOW") == true { continue }
                guard split == whole else {
                    let pieces = chunks.map { String(reflecting: String(decoding: $0, asLatin1: ())) }
                    Issue.record("\(input.kind) \(pieces)\nsplit: \(split)\nwhole: \(whole)")
                    return
                }
            }
        }
        #expect(accepted >= Self.count / 20)
    }

    /// The code of the error that ended a transcript, if one did.
    private static func error(of transcript: [[String]]) -> String? {
        guard let last = transcript.last, last.first == "error" else { return nil }
        return last[1]
    }
}
