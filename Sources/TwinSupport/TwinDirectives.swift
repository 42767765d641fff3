/// Per-case settings, read from `// twin:` comment lines at the top of a JS twin.
///
///     // twin: stderr          compare stderr too (otherwise stdout and the exit code)
///     // twin: timings         mask durations such as `12.345ms` before comparing
///     // twin: runs=40         Node is nondeterministic here: record 40 runs, keep every output
///     // twin: node-args=--unhandled-rejections=warn
///                              run node with this command-line flag (the Swift half sets the
///                              equivalent in code, e.g. `process.unhandledRejections = .warn`)
///     // twin: suspended-at-exit
///                              the program ends with an async function waiting for good, as
///                              Node allows; Swift cannot free a suspended task, so the leak
///                              check of `make asan` is off for the Swift half of this case
public struct TwinDirectives: Sendable {
    public var comparesStderr = false
    public var masksTimings = false
    /// How many times `make record` runs node to collect every output it can give.
    public var recordingRuns = 1
    /// Flags passed to node before the script.
    public var nodeArguments: [String] = []
    /// The program ends with an async function suspended for good (docs/node-compat.md, "async
    /// functions and await"): LeakSanitizer would report its task.
    public var leavesTaskSuspended = false

    public init(jsSource: String) {
        for line in jsSource.split(separator: "\n") where line.hasPrefix("// twin:") {
            for word in line.dropFirst("// twin:".count).split(separator: " ") {
                if word == "stderr" { comparesStderr = true }
                if word == "timings" { masksTimings = true }
                if word.hasPrefix("runs="), let runs = Int(word.dropFirst(5)) { recordingRuns = runs }
                if word.hasPrefix("node-args=") { nodeArguments.append(String(word.dropFirst("node-args=".count))) }
                if word == "suspended-at-exit" { leavesTaskSuspended = true }
            }
        }
    }
}

extension TwinOutput {
    /// What a run printed, made comparable: process ids and Node's `--trace-warnings` hint (a
    /// Node command-line flag NodeLoop has no equivalent of) are removed from stderr; timings
    /// are masked where the case asks for it.
    public init(_ result: Subprocess.Result, directives: TwinDirectives) {
        func lines(_ text: String) -> [String] {
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if lines.last == "" { lines.removeLast() }
            guard directives.masksTimings else { return lines }
            return lines.map { $0.replacing(/\d+(\.\d+)?(ms|s)\b/, with: "<time>") }
        }
        var stderr: [String]?
        if directives.comparesStderr {
            stderr = lines(result.stderr)
                .filter { !$0.hasPrefix("(Use `node --trace-warnings") }
                .map { $0.replacing(/\(node:\d+\)/, with: "(node:PID)") }
        }
        self.init(exitCode: result.exitCode, stdout: lines(result.stdout), stderr: stderr)
    }
}
