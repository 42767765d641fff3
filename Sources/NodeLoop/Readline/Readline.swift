/// Node's `readline` module for input that is not a terminal: a stream's text as lines.
///
/// ```swift
/// let lines = readline.createInterface(input: try fs.createReadStream("log.txt"))
/// var count = 0
/// lines.on(.line) { _ in count += 1 }
/// lines.on(.close) { console.log(count, "lines") }
/// ```
public let readline = ReadlineModule()

/// The type of ``readline``.
public struct ReadlineModule: Sendable {
    /// An interface that reads `input` line by line (Node's `readline.createInterface({ input,
    /// output })`); `output` is where ``ReadlineInterface/question(_:_:)`` writes its query.
    /// `input` carries bytes (decoded as UTF-8) or text.
    public func createInterface<Chunk>(
        input: Readable<Chunk>, output: (any WritableStream<Buffer>)? = nil
    ) -> ReadlineInterface {
        ReadlineInterface(input: input, output: output)
    }
}
