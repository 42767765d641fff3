import Foundation
import Testing

/// One twin case as the tests see it: a JS program, its recorded Node output, and the command
/// that runs its Swift half.
struct TwinCase: CustomTestStringConvertible, Sendable {
    /// `<group>/<case>` (or the tour chapter's name).
    let name: String
    let jsFile: URL
    let recordingFile: URL
    /// The built executable that runs the Swift half, and its arguments.
    let swiftCommand: [String]
    let directives: Directives

    var testDescription: String { name }

    /// Per-case settings, read from `// twin:` comment lines at the top of the JS file.
    struct Directives: Sendable {
        /// Compare stderr too (otherwise only stdout and the exit code).
        var comparesStderr = false
        /// Replace durations such as `12.345ms` with `<time>` before comparing.
        var masksTimings = false
        /// How many times `make record` runs node to collect every output it can give.
        var recordingRuns = 1

        init(jsSource: String) {
            for line in jsSource.split(separator: "\n") where line.hasPrefix("// twin:") {
                for word in line.dropFirst("// twin:".count).split(separator: " ") {
                    if word == "stderr" { comparesStderr = true }
                    if word == "timings" { masksTimings = true }
                    if word.hasPrefix("runs="), let runs = Int(word.dropFirst(5)) { recordingRuns = runs }
                }
            }
        }
    }

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
                directives: Directives(jsSource: source)
            ))
        }
        return found.sorted { $0.name < $1.name }
    }

    // MARK: - Running

    func runSwift() throws -> TwinOutput {
        try normalise(Subprocess.run(swiftCommand))
    }

    func runNode(_ node: String) throws -> TwinOutput {
        try normalise(Subprocess.run([node, jsFile.path]))
    }

    func loadRecording() throws -> TwinRecording {
        try TwinRecording(parsing: String(contentsOf: recordingFile, encoding: .utf8))
    }

    /// Makes two runs comparable: process ids and Node's `--trace-warnings` hint (a Node
    /// command-line flag NodeLoop has no equivalent of) are removed from stderr; timings are
    /// masked where the case asks for it.
    private func normalise(_ result: Subprocess.Result) -> TwinOutput {
        func lines(_ text: String) -> [String] {
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if lines.last == "" { lines.removeLast() }
            return directives.masksTimings ? lines.map(maskTimings) : lines
        }
        var stderr: [String]?
        if directives.comparesStderr {
            stderr = lines(result.stderr)
                .filter { !$0.hasPrefix("(Use `node --trace-warnings") }
                .map { $0.replacing(/\(node:\d+\)/, with: "(node:PID)") }
        }
        return TwinOutput(exitCode: result.exitCode, stdout: lines(result.stdout), stderr: stderr)
    }

    private func maskTimings(_ line: String) -> String {
        line.replacing(/\d+(\.\d+)?(ms|s)\b/, with: "<time>")
    }
}

/// Runs a command to completion and captures its output.
enum Subprocess {
    struct Result {
        var exitCode: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ command: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes to the end before waiting, so a chatty child cannot block on a full pipe.
        nonisolated(unsafe) var errorData = Data()
        let finished = DispatchSemaphore(value: 0)
        Thread {
            errorData = stderr.fileHandleForReading.readDataToEndOfFile()
            finished.signal()
        }.start()
        let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
        finished.wait()
        process.waitUntilExit()
        return Result(
            exitCode: process.terminationStatus,
            stdout: String(decoding: outputData, as: UTF8.self),
            stderr: String(decoding: errorData, as: UTF8.self)
        )
    }

    /// The path of `node`, if it is installed.
    static let node: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/node"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()
}
