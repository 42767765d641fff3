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

    /// The scenarios whose promises can never settle, so that what they hold (their loop too)
    /// stays allocated: Node's collector frees such a cycle once nothing reaches it, Swift's
    /// reference counting cannot, nor a task suspended for good (docs/node-compat.md, "Promise").
    static let neverSettling: [String: String] = [
        "seed-1": "p1 is resolved with p4, a then of p1: each waits for the other",
        "seed-100": "an async function awaits Promise.race([]), which never settles",
        "seed-190": "p1 is resolved with p20, a then of p1: each waits for the other",
        "seed-303": "p27's finally handler returns p27, which then waits for itself",
    ]

    /// Whether LeakSanitizer watches this process (`make asan`): it would report the scenarios
    /// that never settle, which this test already checks are the only ones that keep their loop.
    static let underLeakSanitizer = dlsym(dlopen(nil, RTLD_NOW), "__lsan_do_leak_check") != nil

    @Test(arguments: entries)
    func scenarioPrintsWhatNodePrintedAndFreesItsLoop(_ entry: CorpusEntry) throws {
        let neverSettles = Self.neverSettling[entry.name] != nil
        if neverSettles && Self.underLeakSanitizer { return }
        weak var freed: EventLoop?
        try {
            let loop = EventLoop()
            let trace = ScenarioRun.trace(of: entry.scenario, on: loop)
            #expect(trace == entry.trace, "\(entry.name) \(entry.note ?? "")")
            try loop.close()
            freed = loop
        }()
        #expect((freed != nil) == neverSettles, "\(entry.name) keeps its loop: \(freed != nil)")
    }
}
