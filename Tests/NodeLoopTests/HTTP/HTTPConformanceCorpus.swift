import Foundation
import Testing
@testable import NodeLoop

/// Tests/HTTPConformance/node-recording.json: each case's raw bytes and what node's own HTTP
/// server or client made of them (recorded by record.js, never written by hand).
struct HTTPConformanceRecording: Decodable {
    let node: String
    let llhttp: String
    let cases: [HTTPConformanceCase]

    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("HTTPConformance")
    static let file = folder.appendingPathComponent("node-recording.json")

    static let committed: HTTPConformanceRecording = {
        do {
            return try JSONDecoder().decode(HTTPConformanceRecording.self, from: Data(contentsOf: file))
        } catch {
            preconditionFailure("cannot read \(file.path): \(error)")
        }
    }()
}

/// One case: its input and Node's verdict.
struct HTTPConformanceCase: Decodable, Sendable, CustomTestStringConvertible {
    let name: String
    /// `request` (read by a server) or `response` (read by a client).
    let kind: String
    /// The bytes, one character per byte.
    let input: String
    /// For a response: the method of the request it answers (GET if absent).
    let method: String?
    /// For a request: the server has no 'upgrade' listener.
    let noUpgradeListener: Bool?
    let result: HTTPRecordedResult

    var testDescription: String { name }
    var bytes: [UInt8] { input.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) } }
    var isRequest: Bool { kind == "request" }
}

/// What Node's server or client reported, in record.js's shape.
struct HTTPRecordedResult: Codable, Equatable, Sendable {
    var requests: [HTTPRecordedMessage]?
    var informational: [HTTPRecordedMessage]?
    var responses: [HTTPRecordedMessage]?
    var error: HTTPRecordedError?
    var upgrade: HTTPRecordedUpgrade?

    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "?"
    }
}

struct HTTPRecordedMessage: Codable, Equatable, Sendable {
    var method: String?
    var url: String?
    var statusCode: Int?
    var statusMessage: String?
    var httpVersion: String
    var rawHeaders: [String]
    var shouldKeepAlive: Bool?
    var body: String?
    var complete: Bool?
    var rawTrailers: [String]?
}

struct HTTPRecordedError: Codable, Equatable, Sendable {
    var code: String
    var reason: String?
    var bytesParsed: Int?
    var message: String?
}

struct HTTPRecordedUpgrade: Codable, Equatable, Sendable {
    var event: String
    var request: HTTPRecordedMessage?
    var response: HTTPRecordedMessage?
    var head: String
}

/// Plays Node's HTTP server (for requests) or client (for responses) around an `HTTPParser`:
/// the same answers to each head (`parserOnIncoming`, `parserOnIncomingClient`), the same
/// handling of upgrades, errors and the end of the stream, and the result in record.js's shape.
final class HTTPNodeReplay: HTTPParserDelegate {
    private let testCase: HTTPConformanceCase
    private var result: HTTPRecordedResult
    /// The message whose body is arriving: an index into `requests` or `responses`.
    private var current: Int?
    private var pendingUpgrade: HTTPRecordedUpgrade?

    private init(_ testCase: HTTPConformanceCase) {
        self.testCase = testCase
        result = testCase.isRequest
            ? HTTPRecordedResult(requests: [])
            : HTTPRecordedResult(informational: [], responses: [])
    }

    /// What Node reported for the case's input fed in pieces ending at `splits` (byte offsets),
    /// the whole input in one piece by default. An error's `bytesParsed` is counted from the
    /// start of the input, as Node counts it from the start of the one buffer it got.
    static func replay(_ testCase: HTTPConformanceCase, splits: [Int] = []) -> HTTPRecordedResult {
        let replay = HTTPNodeReplay(testCase)
        replay.run(testCase.bytes, splits: splits)
        return replay.result
    }

    private func run(_ bytes: [UInt8], splits: [Int]) {
        var parser = HTTPParser(kind: testCase.isRequest ? .request : .response)
        let bounds = [0] + splits.filter { $0 > 0 && $0 < bytes.count } + [bytes.count]
        for (start, end) in zip(bounds, bounds.dropFirst()) {
            let outcome: HTTPParseOutcome
            do {
                outcome = try bytes[start..<end].withUnsafeBytes { try parser.execute($0, delegate: self) }
            } catch let error as HTTPParserError {
                record(error, offset: start)
                return
            } catch {
                preconditionFailure("unexpected \(error)")
            }
            guard case .upgrade(let parsed) = outcome else { continue }
            if var upgrade = pendingUpgrade {
                // The socket leaves HTTP: Node hands over the bytes after the head (here: all
                // that follow, however they were split).
                upgrade.head = String(decoding: bytes[(start + parsed)...].map { $0 }, asLatin1: ())
                result.upgrade = upgrade
                return
            }
            // An upgrade the server declined (no 'upgrade' listener): Node resumes the parser
            // but drops the rest of this buffer.
        }
        do {
            try parser.finish(delegate: self)
        } catch {
            // Node's client ignores what finish() says; its server reports it.
            if testCase.isRequest { record(error, offset: 0) }
        }
    }

    private func record(_ error: HTTPParserError, offset: Int) {
        result.error = HTTPRecordedError(code: error.code.rawValue, reason: error.reason, bytesParsed: offset + error.bytesParsed)
    }

    // MARK: - HTTPParserDelegate

    func httpMessageBegins() {
        current = nil
    }

    func httpHeadComplete(_ head: HTTPMessageHead) -> HTTPBodyHandling {
        var message = HTTPRecordedMessage(httpVersion: "\(head.versionMajor).\(head.versionMinor)", rawHeaders: head.fields.raw)
        if testCase.isRequest {
            message.method = head.method.name
            message.url = head.url
            // parserOnIncoming: an upgrade the server takes skips the body and leaves HTTP.
            if head.upgrade && (head.method == .connect || testCase.noUpgradeListener != true) {
                pendingUpgrade = HTTPRecordedUpgrade(event: head.method == .connect ? "connect" : "upgrade", request: message, head: "")
                return .upgrade
            }
            message.shouldKeepAlive = head.shouldKeepAlive
            return follow(message, in: \.requests, handling: .read)
        }
        message.statusCode = head.statusCode
        message.statusMessage = head.statusMessage
        // parserOnIncomingClient's answers.
        let method = testCase.method ?? "GET"
        if head.upgrade || method == "CONNECT" {
            pendingUpgrade = HTTPRecordedUpgrade(event: method == "CONNECT" ? "connect" : "upgrade", response: message, head: "")
            return .upgrade
        }
        if (100..<200).contains(head.statusCode) && head.statusCode != 101 {
            result.informational?.append(message)
            return .skip
        }
        return follow(message, in: \.responses, handling: method == "HEAD" || head.statusCode == 304 ? .skip : .read)
    }

    private func follow(
        _ message: HTTPRecordedMessage, in list: WritableKeyPath<HTTPRecordedResult, [HTTPRecordedMessage]?>,
        handling: HTTPBodyHandling
    ) -> HTTPBodyHandling {
        var message = message
        message.body = ""
        message.complete = false
        result[keyPath: list]?.append(message)
        current = (result[keyPath: list]?.count ?? 1) - 1
        return handling
    }

    private var list: WritableKeyPath<HTTPRecordedResult, [HTTPRecordedMessage]?> {
        testCase.isRequest ? \.requests : \.responses
    }

    func httpBody(_ bytes: UnsafeRawBufferPointer) {
        guard let current else { return }
        result[keyPath: list]?[current].body? += String(decoding: Array(bytes), asLatin1: ())
    }

    func httpMessageComplete(trailers: HTTPHeaderFields) {
        guard let current else { return }
        result[keyPath: list]?[current].complete = true
        result[keyPath: list]?[current].rawTrailers = trailers.raw
        self.current = nil
    }
}

extension String {
    /// One character per byte, as Node's `buffer.toString('latin1')`.
    init(decoding bytes: [UInt8], asLatin1: Void) {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: bytes.map { Unicode.Scalar($0) })
        self = String(scalars)
    }
}
