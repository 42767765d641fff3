import Testing
@testable import NodeLoop

/// What the readline twins cannot show: an interface and its input are freed once done, and
/// every way of breaking lines gives the same lines however the text is cut into chunks.
@Suite("readline")
struct ReadlineTests {
    @Test func anInterfaceAndItsInputAreFreedOnceClosed() throws {
        weak var weakInterface: ReadlineInterface?
        weak var weakInput: Readable<Buffer>?
        try runOnFreshLoop {
            let input = Readable<Buffer>.from([try Buffer.from("a\nb\n")])
            let lines = readline.createInterface(input: input)
            lines.on(.line) { _ in _ = lines.closed }
            lines.on(.close) { _ = lines.closed }
            weakInterface = lines
            weakInput = input
        }
        #expect(weakInterface == nil)
        #expect(weakInput == nil)
    }

    @Test(arguments: 1...7)
    func linesDoNotDependOnWhereChunksAreCut(pieceSize: Int) throws {
        let text = Array("one\r\ntwo\rthree\n\nfour é\r\n\r\nfive".utf8)
        let pieces = stride(from: 0, to: text.count, by: pieceSize).map {
            Buffer(text[$0..<Swift.min($0 + pieceSize, text.count)])
        }
        var lines: [String] = []
        try runOnFreshLoop {
            let interface = readline.createInterface(input: Readable<Buffer>.from(pieces))
            interface.on(.line) { line in lines.append(line) }
        }
        #expect(lines == ["one", "two", "three", "", "four é", "", "five"])
    }
}
