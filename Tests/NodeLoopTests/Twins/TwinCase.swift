import Foundation
import Testing
import TwinSupport

/// One twin case as the tests see it: a JS program, its recorded Node output, and the command
/// that runs its Swift half.
struct TwinCase: CustomTestStringConvertible, Sendable {
    /// `<group>/<case>` (or the tour chapter's name).
    let name: String
    let jsFile: URL
    let recordingFile: URL
    /// The built executable that runs the Swift half, and its arguments.
    let swiftCommand: [String]
    let directives: TwinDirectives

    var testDescription: String { name }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The folder holding the test executable, where SwiftPM also puts the twin executables.
    static let buildDirectory = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        .deletingLastPathComponent()

    static let twinCases = cases(
        under: "Tests/Twins/Node",
        command: { [buildDirectory.appendingPathComponent("NodeLoopTwins").path, $0] }
    )

    static let tourChapters = cases(
        under: "Samples/Tour/Node",
        command: { [buildDirectory.appendingPathComponent("nodeloop-tour").path, "--chapter", $0] }
    )

    /// Every case, or those whose name starts with `NODELOOP_TWINS` when it is set
    /// (`make record TWINS=timers/` re-records one group).
    static let all: [TwinCase] = {
        let cases = twinCases + tourChapters
        guard let prefix = ProcessInfo.processInfo.environment["NODELOOP_TWINS"], !prefix.isEmpty else { return cases }
        return cases.filter { $0.name.hasPrefix(prefix) }
    }()

    private static func cases(under folder: String, command: (String) -> [String]) -> [TwinCase] {
        let root = packageRoot.appendingPathComponent(folder)
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        var found: [TwinCase] = []
        for case let url as URL in enumerator where url.pathExtension == "js" {
            let relative = url.path.dropFirst(root.path.count + 1)
            let name = String(relative.dropLast(3))
            let source = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            found.append(TwinCase(
                name: name,
                jsFile: url,
                recordingFile: url.deletingPathExtension().appendingPathExtension("out"),
                swiftCommand: command(name),
                directives: TwinDirectives(jsSource: source)
            ))
        }
        return found.sorted { $0.name < $1.name }
    }

    // MARK: - Running

    /// Runs the Swift half: what it printed, made comparable, and its whole stderr, which holds
    /// NodeLoop's own reports even where the case does not compare stderr.
    func runSwift() throws -> (output: TwinOutput, stderr: String) {
        let result = try Subprocess.run(swiftCommand, environment: swiftEnvironment)
        return (TwinOutput(result, directives: directives), result.stderr)
    }

    /// What the Swift half's environment changes: LeakSanitizer's check goes off for a case that
    /// ends with an async function suspended for good (`// twin: suspended-at-exit`).
    private var swiftEnvironment: [String: String] {
        guard directives.leavesTaskSuspended else { return [:] }
        let options = ProcessInfo.processInfo.environment["ASAN_OPTIONS"].map { $0 + ":" } ?? ""
        return ["ASAN_OPTIONS": options + "detect_leaks=0"]
    }

    func runNode(_ node: String) throws -> TwinOutput {
        try TwinOutput(Subprocess.run([node] + directives.nodeArguments + [jsFile.path]), directives: directives)
    }

    func loadRecording() throws -> TwinRecording {
        try TwinRecording(parsing: String(contentsOf: recordingFile, encoding: .utf8))
    }
}
