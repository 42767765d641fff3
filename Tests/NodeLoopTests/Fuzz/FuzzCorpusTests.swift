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
        try LeakCheck.skipping {
            let loop = EventLoop()
            let trace = ScenarioRun.trace(of: entry.scenario, on: loop)
            #expect(trace == entry.trace, "\(entry.name) \(entry.note ?? "")")
            try loop.close()
        }
    }
}

/// LeakSanitizer's switch for what the calling thread allocates, when the process runs under it
/// (`make asan`); without it, nothing.
///
/// A scenario is a JavaScript program translated closure for closure. Its pending promises
/// whose handlers capture the variable holding them, and its async functions waiting for a
/// promise that never settles, are cycles and suspended tasks that Node's collector frees and
/// Swift's reference counting cannot (docs/architecture.md, "Lifetime"): about a third of the
/// corpus makes some. So what a scenario allocates (on this thread, where its loop runs) is left
/// out of the leak check; AddressSanitizer still checks every access it makes.
enum LeakCheck {
    private typealias Toggle = @convention(c) () -> Void

    private static let toggles: (disable: Toggle, enable: Toggle)? = {
        let process = dlopen(nil, RTLD_NOW)
        guard let disable = dlsym(process, "__lsan_disable"), let enable = dlsym(process, "__lsan_enable") else { return nil }
        return (unsafeBitCast(disable, to: Toggle.self), unsafeBitCast(enable, to: Toggle.self))
    }()

    static func skipping(_ body: () throws -> Void) rethrows {
        toggles?.disable()
        defer { toggles?.enable() }
        try body()
    }
}
