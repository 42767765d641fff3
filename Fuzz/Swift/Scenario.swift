import Foundation

/// A program in the fuzzing scenario language (docs/fuzzing.md): a list of operations, each a
/// JSON object whose `op` says what it does. Fuzz/JS/generate.js writes them; Fuzz/JS/interpret.js
/// and ``ScenarioRun`` run them, in Node and over NodeLoop.
struct Scenario: Decodable, Sendable {
    /// The seed the scenario was generated from (absent in one written by hand).
    let seed: Int?
    /// The top-level body: the main script.
    let ops: [Operation]
}

/// One operation. Which fields it uses depends on `op`; the table in docs/fuzzing.md lists them.
struct Operation: Decodable, Sendable {
    /// What the operation does: `log`, `tick`, `timeout`, `then`, `await`, ...
    let op: String
    /// The label a callback logs when it runs (or `log` prints).
    let id: String?
    /// The name the operation gives to what it makes: a promise or a timer or immediate.
    let name: String?
    /// The named promise or handle the operation acts on.
    let target: String?
    /// A subtype: a promise's initial state, a combinator, an I/O kind, how `resolve` resolves.
    let kind: String?
    /// A fulfilment value, or an error's message.
    let value: String?
    /// The promise that `resolve` resolves with.
    let with: String?
    /// The promise a handler returns.
    let returns: String?
    /// The promises a combinator waits for.
    let of: [String]?
    /// A timer's delay in milliseconds.
    let ms: Double?
    /// How many times an interval runs before it clears itself.
    let times: Int?
    /// `then` with an `onRejected` handler too (running the same body).
    let both: Bool?
    /// `await` inside `try { } catch { }`.
    let caught: Bool?
    /// The callback's body: the operations it runs.
    let body: [Operation]?
    /// The thenable that `resolve` resolves with.
    let thenable: ThenableSpec?
}

/// A foreign thenable: its `then` logs `id`, runs `body`, then resolves with `value` or (for
/// `kind` `reject`) rejects with an error whose message is `value`.
struct ThenableSpec: Decodable, Sendable {
    let id: String
    let kind: String
    let value: String
    let body: [Operation]
}

/// A scenario with the trace Node printed for it: one line of a corpus file in Fuzz/Corpus/.
struct CorpusEntry: Decodable, Sendable, CustomStringConvertible {
    let name: String
    /// Why the entry is there, for one a divergence added.
    let note: String?
    let scenario: Scenario
    let trace: [String]

    var description: String { name }

    /// The entries of a corpus file, one JSON object a line.
    static func load(_ url: URL) throws -> [CorpusEntry] {
        let text = try String(contentsOf: url, encoding: .utf8)
        let decoder = JSONDecoder()
        return try text.split(separator: "\n").map { line in
            try decoder.decode(CorpusEntry.self, from: Data(line.utf8))
        }
    }
}
