import Foundation
import NodeLoop

// The ordering tour (`make run`) and the patterns tour (`make patterns`).
//   nodeloop-tour                     every ordering chapter, NodeLoop's output beside Node's recording
//   nodeloop-tour --patterns          every patterns chapter, the same way
//   nodeloop-tour --chapter <name>    run one chapter's script alone (what the tests compare)

let arguments = CommandLine.arguments
if arguments.count == 3 && arguments[1] == "--chapter" {
    guard let chapter = (chapters + patternChapters).first(where: { $0.name == arguments[2] }) else {
        FileHandle.standardError.write(Data("unknown chapter \(arguments[2])\n".utf8))
        exit(64)
    }
    EventLoop.runMain(chapter.script)
}

let printer = TourPrinter(
    executable: URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path,
    chaptersFolder: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Node")
)
let patternsTour = arguments.count == 2 && arguments[1] == "--patterns"
let tour = patternsTour ? patternChapters : chapters
print(
    patternsTour
        ? "NodeLoop patterns tour: each pattern runs in NodeLoop and is shown beside its JS twin's output, recorded from Node v20."
        : "NodeLoop ordering tour: each chapter runs in NodeLoop and is shown beside Node v20's recorded output."
)
do {
    let matching = try printer.printAll(tour)
    exit(matching == tour.count ? 0 : 1)
} catch {
    FileHandle.standardError.write(Data("tour: \(error)\n".utf8))
    exit(1)
}
