import Foundation
import NodeLoop
import Testing
@testable import NodeLoopFuzz

/// The fuzzing corpus (Fuzz/Corpus/, docs/fuzzing.md): random scenarios and every divergence
/// the fuzzer found, each with the trace Node printed for it. NodeLoop must print the same.
@Suite struct FuzzCorpusTests {
    static let corpusDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/Corpus")

    static let entries: [CorpusEntry] = {
        let files = ["generated.jsonl", "found.jsonl"].map { corpusDirectory.appendingPathComponent($0) }
        return files.flatMap { file in (try? CorpusEntry.load(file)) ?? [] }
    }()

    @Test func corpusHoldsAtLeastThreeHundredScenarios() throws {
        #expect(Self.entries.count >= 300)
    }

    @Test(arguments: entries)
    func scenarioPrintsWhatNodePrinted(_ entry: CorpusEntry) throws {
        let loop = EventLoop()
        let trace = ScenarioRun.trace(of: entry.scenario, on: loop)
        #expect(trace == entry.trace, "\(entry.name) \(entry.note ?? "")")
        try loop.close()
    }
}
