import Foundation

/// What one run printed, normalised so that runs can be compared: stdout, the exit code and,
/// for cases that compare it, stderr.
public struct TwinOutput: Equatable, Hashable, Sendable {
    public var exitCode: Int32
    public var stdout: [String]
    public var stderr: [String]?

    public init(exitCode: Int32, stdout: [String], stderr: [String]?) {
        self.exitCode = exitCode
        self.stdout = stdout
        self.stderr = stderr
    }
}

/// Node's recorded outputs for one case (`<case>.out` beside `<case>.js`): one entry for a
/// deterministic case, one per distinct output Node gave for a nondeterministic one.
///
/// The file is plain text:
///
///     # comment lines
///     --- output 1: exit code 0
///     stdout lines...
///     --- stderr
///     stderr lines (only for cases that compare stderr)
///     --- output 2: exit code 0
///     ...
public struct TwinRecording: Equatable, Sendable {
    public var outputs: [TwinOutput]

    public static let header = "# Node's recorded output for this twin case. Regenerate with `make record`; never edit by hand."

    public init(outputs: [TwinOutput]) {
        self.outputs = outputs
    }

    public init(parsing text: String) throws {
        var outputs: [TwinOutput] = []
        var inStderr = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") ? 1 : 0) {
            if line.hasPrefix("--- output ") {
                guard let codeText = line.split(separator: " ").last, let code = Int32(codeText) else {
                    throw TwinRecordingError.malformed(String(line))
                }
                outputs.append(TwinOutput(exitCode: code, stdout: [], stderr: nil))
                inStderr = false
            } else if line == "--- stderr" {
                guard !outputs.isEmpty else { throw TwinRecordingError.malformed(String(line)) }
                outputs[outputs.count - 1].stderr = []
                inStderr = true
            } else if outputs.isEmpty {
                guard line.hasPrefix("#") || line.isEmpty else { throw TwinRecordingError.malformed(String(line)) }
            } else if inStderr {
                outputs[outputs.count - 1].stderr!.append(String(line))
            } else {
                outputs[outputs.count - 1].stdout.append(String(line))
            }
        }
        guard !outputs.isEmpty else { throw TwinRecordingError.empty }
        self.outputs = outputs
    }

    public var text: String {
        var lines = [Self.header]
        for (index, output) in outputs.enumerated() {
            lines.append("--- output \(index + 1): exit code \(output.exitCode)")
            lines += output.stdout
            if let stderr = output.stderr {
                lines.append("--- stderr")
                lines += stderr
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

public enum TwinRecordingError: Error {
    case malformed(String)
    case empty
}
