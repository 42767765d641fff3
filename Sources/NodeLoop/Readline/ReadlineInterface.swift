// How an interface reads, as Node's lib/internal/readline/interface.js reads a stream that is
// not a terminal
// ----------------------------------------------------------------------------------------------
//   input 'data' ─▶ decoded as UTF-8 (a character cut between chunks waits for its rest)
//                ─▶ split at "\n", "\r\n" or a lone "\r" ─▶ 'line' for each whole line, at once
//   input 'end'  ─▶ the text after the last line break, if any, as a last 'line' ─▶ close()
//   close()      ─▶ the input is paused and left, 'close' ─▶ the listeners are dropped (after
//                   the rest of the chunk's lines, which Node still emits)
//
// A "\r" at the very end of a chunk ends its line; a "\n" that starts the next chunk is then
// not a second, empty line (Node's `crlfDelay`, here without its 100 ms limit: a stream that is
// not a terminal gives the "\n" of a "\r\n" as soon as it has it).

/// Node's `readline.Interface` for a stream that is not a terminal: the input's text as lines,
/// and `question` to ask for one.
///
/// ```swift
/// let lines = readline.createInterface(input: try fs.createReadStream("names.txt"))
/// lines.on(.line) { line in console.log("name:", line) }
/// lines.on(.close) { console.log("done") }
/// ```
public final class ReadlineInterface: EventEmitter {
    private var decoder = TextChunkDecoder(.utf8)
    /// Text after the last line break, waiting for the rest of its line.
    private var pending = ""
    /// The last chunk ended with "\r": a "\n" that starts the next one belongs to it.
    private var lastEndedWithCarriageReturn = false
    /// Answers wait here for the next line (`question`).
    private var waitingQuestion: ((String) throws -> Void)?
    private var output: (any WritableStream<Buffer>)?
    /// Leaves the input: removes the interface's listeners from it and pauses it.
    private var detachInput: (() -> Void)?
    /// Lines of one chunk are being emitted: a `close` among them lets the rest go out, as
    /// Node's loop over a chunk's lines does, and the listeners are dropped after them.
    private var isSplitting = false

    /// Whether `close()` has run (Node's `closed`).
    public private(set) var closed = false

    init<Chunk>(input: Readable<Chunk>, output: (any WritableStream<Buffer>)?) {
        self.output = output
        super.init()
        // The input holds the interface, as in Node, until `close` leaves it or the input
        // closes and drops its listeners.
        let dataListener = input.on(.data) { [self] (chunk: Chunk) in try received(chunk) }
        let endListener = input.on(.end) { [self] in try inputEnded() }
        detachInput = { [weak input] in
            guard let input else { return }
            input.off(EventName<Chunk>.data, dataListener)
            input.off(EventName<Void>.end, endListener)
            if !input.readableEnded { input.pause() }
        }
    }

    // MARK: Reading

    private func received<Chunk>(_ chunk: Chunk) throws {
        guard !closed else { return }
        let text: String
        switch chunk {
        case let buffer as Buffer: text = decoder.decode(buffer)
        case let string as String: text = string
        default: text = String(describing: chunk)
        }
        try split(text)
    }

    /// Emits each whole line of `pending + text`; keeps what follows the last line break.
    private func split(_ text: String) throws {
        isSplitting = true
        defer {
            isSplitting = false
            if closed { releaseListeners() }
        }
        var scalars = Substring(text).unicodeScalars[...]
        if lastEndedWithCarriageReturn, scalars.first == "\n" { scalars = scalars.dropFirst() }
        lastEndedWithCarriageReturn = false
        var line = pending
        pending = ""
        var index = scalars.startIndex
        var lineStart = index
        while index < scalars.endIndex {
            let scalar = scalars[index]
            guard scalar == "\n" || scalar == "\r" else {
                index = scalars.index(after: index)
                continue
            }
            line += String(String.UnicodeScalarView(scalars[lineStart..<index]))
            var next = scalars.index(after: index)
            if scalar == "\r" {
                if next == scalars.endIndex {
                    lastEndedWithCarriageReturn = true
                } else if scalars[next] == "\n" {
                    next = scalars.index(after: next)
                }
            }
            try emitLine(line)
            line = ""
            index = next
            lineStart = next
        }
        pending = line + String(String.UnicodeScalarView(scalars[lineStart...]))
    }

    private func emitLine(_ line: String) throws {
        if let answer = waitingQuestion {
            waitingQuestion = nil
            try answer(line)
            return
        }
        try emit(.line, line)
    }

    private func inputEnded() throws {
        guard !closed else { return }
        let rest = pending + decoder.end()
        pending = ""
        if !rest.isEmpty { try emitLine(rest) }
        try close()
    }

    // MARK: The program's side

    /// Writes `query` to the output and calls `callback` with the next line instead of emitting
    /// it as `line` (Node's `rl.question(query, callback)`). Does nothing once closed.
    public func question(_ query: String, _ callback: @escaping (String) throws -> Void) {
        owner.check("ReadlineInterface.question")
        guard !closed else { return }
        waitingQuestion = callback
        output?.write(Buffer(query.utf8))
    }

    /// Stops reading: pauses the input, emits `close` and forgets the listeners (Node's
    /// `rl.close()`). A second call does nothing.
    public func close() throws {
        owner.check("ReadlineInterface.close")
        guard !closed else { return }
        closed = true
        waitingQuestion = nil
        detachInput?()
        detachInput = nil
        defer { if !isSplitting { releaseListeners() } }
        try emit(.close)
    }
}

extension EventName where Payload == String {
    /// A whole line of a readline interface's input, without its line break (Node's `'line'`).
    public static var line: Self { Self("line") }
}

@available(*, unavailable, message: "an interface belongs to the loop its input is on")
extension ReadlineInterface: Sendable {}
