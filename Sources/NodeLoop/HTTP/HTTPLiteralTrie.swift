// A set of words matched one byte at a time, the way Node's parser matches a method name, a
// protocol name or a `Connection` token: no backtracking. A byte that continues no word either
// completes a word that is a prefix of a longer one (without being consumed), or ends the match
// where it stands, the bytes already matched staying consumed.

/// Words and their values, as a trie walked one byte at a time across any split of the input.
struct HTTPLiteralTrie {
    /// What one byte does to a walk.
    enum Step: Equatable {
        /// The byte continues a word: consume it and walk on from this node.
        case advance(UInt16)
        /// A word is complete. `consumed` says whether the byte was part of it; a word that
        /// is the prefix of a longer one completes on the first byte that does not continue,
        /// and that byte is still to be read.
        case matched(value: Int, consumed: Bool)
        /// No word goes on with this byte; it is still to be read.
        case mismatch
    }

    /// The node a walk starts from.
    static let root: UInt16 = 0

    // Node n's edges are edgeBytes/edgeTargets[firstEdge[n] ..< firstEdge[n + 1]].
    private var firstEdge: [Int] = []
    private var edgeBytes: [UInt8] = []
    private var edgeTargets: [UInt16] = []
    // The value of the word ending at each node, or -1.
    private var values: [Int] = []

    /// A trie of `words`, each with its value. Bytes are compared as given: a caller that
    /// matches case-insensitively lowercases the input byte before `step`.
    init(_ words: [(word: String, value: Int)]) {
        // Build with per-node dictionaries, then flatten into arrays for the walk.
        var children: [[UInt8: Int]] = [[:]]
        var wordValues: [Int] = [-1]
        for (word, value) in words {
            var node = 0
            for byte in word.utf8 {
                if let next = children[node][byte] {
                    node = next
                } else {
                    children.append([:])
                    wordValues.append(-1)
                    children[node][byte] = children.count - 1
                    node = children.count - 1
                }
            }
            wordValues[node] = value
        }
        for node in children.indices {
            firstEdge.append(edgeBytes.count)
            for (byte, target) in children[node].sorted(by: { $0.key < $1.key }) {
                edgeBytes.append(byte)
                edgeTargets.append(UInt16(target))
            }
        }
        firstEdge.append(edgeBytes.count)
        values = wordValues
    }

    /// What `byte` does to a walk standing at `node`.
    func step(from node: UInt16, byte: UInt8) -> Step {
        let node = Int(node)
        for edge in firstEdge[node]..<firstEdge[node + 1] where edgeBytes[edge] == byte {
            let next = Int(edgeTargets[edge])
            // A word that no longer word continues completes at once, without waiting for the
            // next byte.
            if values[next] >= 0 && firstEdge[next] == firstEdge[next + 1] {
                return .matched(value: values[next], consumed: true)
            }
            return .advance(UInt16(next))
        }
        return values[node] >= 0 ? .matched(value: values[node], consumed: false) : .mismatch
    }
}
