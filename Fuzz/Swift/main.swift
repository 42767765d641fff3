import Foundation
import NodeLoop

// The Swift interpreter of the fuzzing scenario language: reads scenarios, one JSON object a
// line, from the file named by the first argument (or stdin), runs each on a fresh EventLoop and
// prints its trace as a JSON array of strings, a line each (Fuzz/JS/run.js reads them).

let arguments = CommandLine.arguments.dropFirst()
let input: Data
if let file = arguments.first {
    guard let contents = FileManager.default.contents(atPath: file) else {
        FileHandle.standardError.write(Data("cannot read \(file)\n".utf8))
        exit(2)
    }
    input = contents
} else {
    input = FileHandle.standardInput.readDataToEndOfFile()
}

let decoder = JSONDecoder()
let encoder = JSONEncoder()
for line in input.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
    do {
        let scenario = try decoder.decode(Scenario.self, from: Data(line))
        let loop = EventLoop()
        let trace = ScenarioRun.trace(of: scenario, on: loop)
        try loop.close()
        FileHandle.standardOutput.write(try encoder.encode(trace) + Data("\n".utf8))
    } catch {
        FileHandle.standardOutput.write(try encoder.encode(["error: \(error)"]) + Data("\n".utf8))
    }
}
