@testable import NodeLoop

/// Everything the parser reported for one input, in parse-with-node.js's transcript form (a list
/// of events, each a list of strings), so that NodeLoop's parser and node's can be compared on
/// any input. The answers to heads are those of a server with an 'upgrade' listener (requests)
/// or of a client that sent GET (responses).
final class HTTPParserTranscript: HTTPParserDelegate {
    private(set) var events: [[String]] = []
    private let kind: HTTPParser.Kind

    private init(kind: HTTPParser.Kind) {
        self.kind = kind
    }

    /// The transcript of `chunks` fed one `execute` each, then `finish`.
    static func of(_ chunks: [[UInt8]], kind: HTTPParser.Kind, maxHeaderSize: Int = HTTPParser.defaultMaxHeaderSize) -> [[String]] {
        let transcript = HTTPParserTranscript(kind: kind)
        var parser = HTTPParser(kind: kind, maxHeaderSize: maxHeaderSize)
        var offset = 0
        for chunk in chunks {
            let outcome: HTTPParseOutcome
            do {
                outcome = try chunk.withUnsafeBytes { try parser.execute($0, delegate: transcript) }
            } catch let error as HTTPParserError {
                transcript.events.append(["error", error.code.rawValue, error.reason, String(offset + error.bytesParsed)])
                return transcript.events
            } catch {
                preconditionFailure("unexpected \(error)")
            }
            if case .upgrade(let parsed) = outcome {
                transcript.events.append(["stop", String(offset + parsed)])
                return transcript.events
            }
            offset += chunk.count
        }
        do {
            try parser.finish(delegate: transcript)
        } catch {
            transcript.events.append(["finish-error", error.code.rawValue, error.reason])
        }
        return transcript.events
    }

    func httpMessageBegins() {
        events.append(["begin"])
    }

    func httpHeadComplete(_ head: HTTPMessageHead) -> HTTPBodyHandling {
        let isRequest = kind == .request
        events.append([
            "head", isRequest ? head.method.name : "null", isRequest ? head.url : "null",
            "\(head.versionMajor).\(head.versionMinor)", isRequest ? "null" : String(head.statusCode),
            isRequest ? "null" : head.statusMessage, String(head.upgrade), String(head.shouldKeepAlive),
        ] + head.fields.raw)
        if head.upgrade { return .upgrade }
        if !isRequest && (((100..<200).contains(head.statusCode) && head.statusCode != 101) || head.statusCode == 304) {
            return .skip
        }
        return .read
    }

    func httpBody(_ bytes: UnsafeRawBufferPointer) {
        let text = String(decoding: Array(bytes), asLatin1: ())
        if events.last?.first == "body" {
            events[events.count - 1][1] += text
        } else {
            events.append(["body", text])
        }
    }

    func httpMessageComplete(trailers: HTTPHeaderFields) {
        events.append(["complete"] + trailers.raw)
    }
}

/// Seeded, repeatable mutations of the conformance inputs: bytes replaced, inserted, removed or
/// repeated, framing fragments spliced in, and random splits into up to four pieces.
struct HTTPInputMutator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// SplitMix64.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(max(1, bound)))
    }

    private static let interestingBytes: [UInt8] = Array("\r\n \t:,;\"\\=09aF/?#@H.-".utf8) + [0x00, 0x01, 0x0C, 0x7F, 0x80, 0xE9, 0xFF]

    private static let fragments: [[UInt8]] = [
        "\r\n", "\r\n\r\n", "Transfer-Encoding: chunked\r\n", "Content-Length: 5\r\n", "Content-Length: 0\r\n",
        "Connection: close\r\n", "Connection: keep-alive\r\n", "Connection: upgrade\r\nUpgrade: x\r\n", "0\r\n\r\n",
        "5\r\nhello\r\n", "HTTP/1.0", "HTTP/1.1", " HTTP/1.1\r\n", "GET / HTTP/1.1\r\n\r\n", "HTTP/1.1 200 OK\r\n",
        ";e=\"v\"", "chunked", "keep-alive", "Transfer-Encoding: gzip, chunked\r\n", "CONNECT a:1 HTTP/1.1\r\n",
    ].map { Array($0.utf8) }

    /// `input` with no mutation (one time in eight), one (most often) or up to four, rarely
    /// spliced with `other`.
    mutating func mutate(_ input: [UInt8], other: [UInt8]) -> [UInt8] {
        var bytes = input
        let count = below(8) == 0 ? 0 : below(3) == 0 ? 1 + below(4) : 1
        for _ in 0..<count {
            let position = below(bytes.count + 1)
            switch below(13) {
            case 0...2 where !bytes.isEmpty:
                bytes[min(position, bytes.count - 1)] = Self.interestingBytes[below(Self.interestingBytes.count)]
            case 3 where !bytes.isEmpty:
                bytes[min(position, bytes.count - 1)] = UInt8(truncatingIfNeeded: next())
            case 4, 5:
                bytes.insert(Self.interestingBytes[below(Self.interestingBytes.count)], at: position)
            case 6, 7:
                bytes.removeSubrange(position..<min(bytes.count, position + 1 + below(8)))
            case 8:
                let end = min(bytes.count, position + 1 + below(16))
                bytes.insert(contentsOf: bytes[position..<end], at: end)
            case 9, 10, 11:
                bytes.insert(contentsOf: Self.fragments[below(Self.fragments.count)], at: position)
            default:
                bytes = Array(bytes[..<position]) + other[below(other.count + 1)...]
            }
        }
        return bytes
    }

    /// `bytes` cut into one to four pieces at random places.
    mutating func split(_ bytes: [UInt8]) -> [[UInt8]] {
        let cuts = (0..<below(4)).map { _ in below(bytes.count + 1) }.sorted()
        let bounds = [0] + cuts + [bytes.count]
        return zip(bounds, bounds.dropFirst()).map { Array(bytes[$0..<$1]) }
    }
}
