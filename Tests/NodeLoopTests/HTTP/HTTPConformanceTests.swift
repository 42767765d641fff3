import Foundation
import Testing
import TwinSupport
@testable import NodeLoop

/// The parser against Node's recorded verdicts (Tests/HTTPConformance): every case's requests,
/// responses, error `code`, `reason` and `bytesParsed`, and upgrade, exactly as node's own server
/// and client reported them.
@Suite("HTTP parser conformance to Node's recording")
struct HTTPConformanceTests {
    static let cases = HTTPConformanceRecording.committed.cases

    /// Cases short enough to feed split at every byte.
    static let shortCases = cases.filter { $0.bytes.count <= 400 && $0.noUpgradeListener != true }

    @Test func corpusCoversTheSmugglingClassicsRequestsAndResponses() {
        #expect(Self.cases.count >= 80)
        #expect(Self.cases.filter { $0.result.error != nil }.count >= 60)
        #expect(Self.cases.filter { !$0.isRequest }.count >= 30)
    }

    @Test("Parsed in one piece, the case gives Node's result", arguments: cases)
    func wholeInputMatchesNode(_ testCase: HTTPConformanceCase) {
        let result = HTTPNodeReplay.replay(testCase)
        #expect(result == testCase.result, "NodeLoop: \(result.json)\nNode:     \(testCase.result.json)")
    }

    /// Node's verdict does not depend on where TCP splits the bytes, except for when a size
    /// limit is noticed (the split cases stay under the limits) and for what follows an upgrade
    /// the server declines (Node drops the rest of that one buffer; those cases are left out).
    @Test("Split in two at every byte, the case gives Node's result", arguments: shortCases)
    func everySplitMatchesNode(_ testCase: HTTPConformanceCase) {
        for split in 1..<max(1, testCase.bytes.count) {
            let result = HTTPNodeReplay.replay(testCase, splits: [split])
            guard result == testCase.result else {
                Issue.record("split at \(split): NodeLoop: \(result.json)\nNode: \(testCase.result.json)")
                return
            }
        }
    }

    @Test("Fed one byte at a time, the case gives Node's result", arguments: shortCases)
    func byteByByteMatchesNode(_ testCase: HTTPConformanceCase) {
        let result = HTTPNodeReplay.replay(testCase, splits: Array(1..<max(1, testCase.bytes.count)))
        #expect(result == testCase.result, "NodeLoop: \(result.json)\nNode:     \(testCase.result.json)")
    }

    /// With node on the machine, the recording must still be what node says. With
    /// `NODELOOP_RECORD=1` (`make record-http`) the recording is rewritten instead.
    @Test func recordingIsCurrent() throws {
        guard let node = Subprocess.node else { return }
        let recorder = HTTPConformanceRecording.folder.appendingPathComponent("record.js").path
        if ProcessInfo.processInfo.environment["NODELOOP_RECORD"] == "1" {
            let run = try Subprocess.run([node, recorder, "--write"])
            #expect(run.exitCode == 0, "\(run.stderr)")
            return
        }
        let run = try Subprocess.run([node, recorder])
        try #require(run.exitCode == 0, "\(run.stderr)")
        let committed = try String(contentsOf: HTTPConformanceRecording.file, encoding: .utf8)
        #expect(run.stdout == committed, "node's verdicts changed; run `make record-http` if that is real")
    }
}
