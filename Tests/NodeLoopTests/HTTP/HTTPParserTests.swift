import Testing
@testable import NodeLoop

/// The parser's contract with the code that will drive it (the `http` module): callbacks and
/// their order, the delegate's answers, upgrades, the end of the stream, failures, limits.
/// What it accepts and rejects is proven against Node in HTTPConformanceTests.
@Suite("HTTP parser")
struct HTTPParserTests {
    /// Logs every callback and answers heads with `handling`.
    final class Recorder: HTTPParserDelegate {
        var log: [String] = []
        var heads: [HTTPMessageHead] = []
        var handling: (HTTPMessageHead) -> HTTPBodyHandling = { _ in .read }

        func httpMessageBegins() { log.append("begin") }

        func httpHeadComplete(_ head: HTTPMessageHead) -> HTTPBodyHandling {
            heads.append(head)
            log.append("head \(head.method.name) \(head.url) \(head.statusCode)")
            return handling(head)
        }

        func httpBody(_ bytes: UnsafeRawBufferPointer) { log.append("body \(String(decoding: bytes, as: UTF8.self))") }

        func httpMessageComplete(trailers: HTTPHeaderFields) { log.append("complete \(trailers.raw)") }
    }

    private func execute(_ parser: inout HTTPParser, _ text: String, _ delegate: Recorder) throws -> HTTPParseOutcome {
        var bytes = Array(text.utf8)
        return try bytes.withUnsafeMutableBytes { try parser.execute(UnsafeRawBufferPointer($0), delegate: delegate) }
    }

    @Test func callbacksFollowTheBytesAndBodiesArriveAsTheyCome() throws {
        var parser = HTTPParser(kind: .request)
        let recorder = Recorder()
        #expect(try execute(&parser, "POST /a HTTP/1.1\r\nContent-Length: 5\r\n\r\nhe", recorder) == .consumedAll)
        #expect(try execute(&parser, "llo", recorder) == .consumedAll)
        #expect(recorder.log == ["begin", "head POST /a 0", "body he", "body llo", "complete []"])
        let head = try #require(recorder.heads.first)
        #expect((head.versionMajor, head.versionMinor, head.shouldKeepAlive, head.upgrade) == (1, 1, true, false))
        #expect(head.fields.raw == ["Content-Length", "5"])
    }

    @Test func aHeadKeptAfterItsCallbackStillReadsTheSame() throws {
        var parser = HTTPParser(kind: .request)
        let recorder = Recorder()
        _ = try execute(&parser, "GET /first HTTP/1.1\r\nX-A: one \r\n\r\nGET /second HTTP/1.1\r\nX-B: two\r\n\r\n", recorder)
        #expect(recorder.heads.map(\.url) == ["/first", "/second"])
        #expect(recorder.heads.map(\.fields.raw) == [["X-A", "one"], ["X-B", "two"]])
    }

    @Test func anAcceptedUpgradeStopsAfterItsHeadAndTheNextExecuteParsesOn() throws {
        var parser = HTTPParser(kind: .request)
        let recorder = Recorder()
        recorder.handling = { $0.upgrade ? .upgrade : .read }
        let head = "GET /ws HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n"
        #expect(try execute(&parser, head + "frames", recorder) == .upgrade(bytesParsed: head.utf8.count))
        #expect(recorder.heads.first?.upgrade == true)
        #expect(try execute(&parser, "GET /next HTTP/1.1\r\n\r\n", recorder) == .consumedAll)
        #expect(recorder.log == ["begin", "head GET /ws 0", "complete []", "begin", "head GET /next 0", "complete []"])
    }

    @Test func connectStopsEvenWhenTheDelegateReadsOn() throws {
        var parser = HTTPParser(kind: .request)
        let recorder = Recorder()
        let head = "CONNECT a.example:443 HTTP/1.1\r\n\r\n"
        #expect(try execute(&parser, head + "tls", recorder) == .upgrade(bytesParsed: head.utf8.count))
        #expect(recorder.heads.first?.url == "a.example:443")
    }

    @Test func skippingTheBodyOfAResponseToHEADReadsTheNextResponse() throws {
        var parser = HTTPParser(kind: .response)
        let recorder = Recorder()
        recorder.handling = { $0.statusCode == 200 ? .skip : .read }
        _ = try execute(&parser, "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nHTTP/1.1 404 Not Found\r\nContent-Length: 2\r\n\r\nno", recorder)
        #expect(recorder.log == ["begin", "head DELETE  200", "complete []", "begin", "head DELETE  404", "body no", "complete []"])
        #expect(recorder.heads.map(\.statusMessage) == ["OK", "Not Found"])
    }

    @Test func aBodyThatRunsToTheEndOfTheStreamCompletesAtFinishOnce() throws {
        var parser = HTTPParser(kind: .response)
        let recorder = Recorder()
        _ = try execute(&parser, "HTTP/1.0 200 OK\r\n\r\nall of it", recorder)
        #expect(recorder.heads.first?.shouldKeepAlive == false)
        try parser.finish(delegate: recorder)
        try parser.finish(delegate: recorder)
        #expect(recorder.log == ["begin", "head DELETE  200", "body all of it", "complete []"])
    }

    @Test func theStreamEndingInsideAMessageIsInvalidEOFState() throws {
        var parser = HTTPParser(kind: .request)
        let recorder = Recorder()
        _ = try execute(&parser, "POST / HTTP/1.1\r\nContent-Length: 9\r\n\r\nshort", recorder)
        #expect(throws: HTTPParserError(code: .invalidEOFState, reason: "Invalid EOF state", bytesParsed: 0)) {
            try parser.finish(delegate: recorder)
        }
    }

    @Test func theStreamEndingBetweenMessagesIsFine() throws {
        var parser = HTTPParser(kind: .request)
        let recorder = Recorder()
        _ = try execute(&parser, "GET / HTTP/1.1\r\n\r\n\r\n", recorder)
        try parser.finish(delegate: recorder)
    }

    @Test func afterAnErrorEveryCallThrowsItAgain() throws {
        var parser = HTTPParser(kind: .request)
        let recorder = Recorder()
        let error = HTTPParserError(code: .invalidHeaderToken, reason: "Invalid header token", bytesParsed: 20)
        #expect(throws: error) { try execute(&parser, "GET / HTTP/1.1\r\nHost : a\r\n\r\n", recorder) }
        #expect(throws: error) { try execute(&parser, "GET / HTTP/1.1\r\n\r\n", recorder) }
        try parser.finish(delegate: recorder)
        #expect(recorder.log == ["begin"])
    }

    /// Node reports no error while the last head's upgrade flag is set: here an upgrade the
    /// delegate declined, followed by bytes that are not HTTP.
    @Test func anErrorAfterADeclinedUpgradeIsNotReported() throws {
        var parser = HTTPParser(kind: .request)
        let recorder = Recorder()
        let head = "GET / HTTP/1.1\r\nConnection: upgrade\r\nUpgrade: x\r\n\r\n"
        #expect(try execute(&parser, head, recorder) == .upgrade(bytesParsed: head.utf8.count))
        #expect(try execute(&parser, "\u{1}garbage", recorder) == .consumedAll)
        #expect(try execute(&parser, "GET / HTTP/1.1\r\n\r\n", recorder) == .consumedAll)
        try parser.finish(delegate: recorder)
        #expect(recorder.heads.count == 1)
    }

    /// The limit counts the URL (or status text), names and values, not the method, version,
    /// colons, spaces or line ends; a head that reaches it is rejected where Node rejects it.
    @Test func theHeadLimitCountsURLNamesAndValues() throws {
        // "/path" 5 + "Name" 4 + "value " 6 = 15 counted bytes; the value ends (CR) at byte 34.
        let request = "GET /path HTTP/1.1\r\nName:   value \r\n\r\n"
        var roomy = HTTPParser(kind: .request, maxHeaderSize: 16)
        #expect(try execute(&roomy, request, Recorder()) == .consumedAll)
        var tight = HTTPParser(kind: .request, maxHeaderSize: 15)
        #expect(throws: HTTPParserError(code: .headerOverflow, reason: "Header overflow", bytesParsed: 35)) {
            try execute(&tight, request, Recorder())
        }
    }

    @Test(arguments: [
        ("GET / HTTP/1.1\r\n\r\n", true),
        ("GET / HTTP/1.1\r\nConnection: close\r\n\r\n", false),
        ("GET / HTTP/1.1\r\nConnection: x, Close\r\n\r\n", false),
        ("GET / HTTP/1.0\r\n\r\n", false),
        ("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", true),
        ("GET / HTTP/1.0\r\nProxy-Connection: Keep-Alive\r\n\r\n", true),
        ("GET /\r\n\r\n", false),
    ])
    func keepAliveFollowsTheVersionAndConnection(request: String, keepAlive: Bool) throws {
        var parser = HTTPParser(kind: .request)
        let recorder = Recorder()
        _ = try execute(&parser, request, recorder)
        #expect(recorder.heads.first?.shouldKeepAlive == keepAlive)
    }

    @Test func everyMethodNameParsesToItsNumber() throws {
        for (index, name) in HTTPMethod.names.enumerated() {
            var walk = HTTPLiteralTrie.root
            var matched: Int?
            for byte in Array(name.utf8) + [UInt8(ascii: " ")] where matched == nil {
                switch HTTPMethod.trie.step(from: walk, byte: byte) {
                case .advance(let node): walk = node
                case .matched(let value, _): matched = value
                case .mismatch: Issue.record("\(name) mismatched")
                }
            }
            #expect(matched == index, "\(name)")
        }
    }
}
