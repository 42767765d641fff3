import Foundation
import TwinSupport

/// Runs each chapter in a child process (so every chapter gets a fresh loop and its own exit
/// code, exactly as `node chapter.js` would) and prints its output beside Node's recording.
struct TourPrinter {
    let executable: String
    let chaptersFolder: URL

    /// Prints every chapter; returns how many matched Node.
    func printAll(_ chapters: [Chapter]) throws -> Int {
        var matching = 0
        for (index, chapter) in chapters.enumerated() {
            if try printChapter(chapter, number: index + 1) { matching += 1 }
        }
        print("\n\(matching) of \(chapters.count) chapters print what Node printed.")
        return matching
    }

    private func printChapter(_ chapter: Chapter, number: Int) throws -> Bool {
        let jsFile = chaptersFolder.appendingPathComponent("\(chapter.name).js")
        let directives = TwinDirectives(jsSource: try String(contentsOf: jsFile, encoding: .utf8))
        let recordingText = try String(contentsOf: jsFile.deletingPathExtension().appendingPathExtension("out"), encoding: .utf8)
        let recording = try TwinRecording(parsing: recordingText)
        let ours = TwinOutput(try Subprocess.run([executable, "--chapter", chapter.name]), directives: directives)
        let node = recording.outputs.first { $0 == ours } ?? recording.outputs[0]
        let matches = ours == node

        print("\n\(number). \(chapter.title)")
        print("   \(chapter.lesson)")
        print("   JS twin: Samples/Tour/Node/\(chapter.name).js")
        let width = max(28, (ours.stdout + node.stdout).map(\.count).max() ?? 0)
        print("   " + "NodeLoop".padded(to: width) + "   Node v20 (recorded)")
        for row in 0..<max(ours.stdout.count, node.stdout.count) {
            let left = row < ours.stdout.count ? ours.stdout[row] : ""
            let right = row < node.stdout.count ? node.stdout[row] : ""
            let mark = left == right ? "=" : "≠"
            print("   " + left.padded(to: width) + " \(mark) " + right)
        }
        print(matches ? "   ✔ matches Node" : "   ✘ differs from Node")
        return matches
    }
}

private extension String {
    func padded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
