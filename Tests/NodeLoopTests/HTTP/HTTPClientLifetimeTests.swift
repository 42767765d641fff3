import Testing
@testable import NodeLoop

/// What the client twins cannot show: what is freed, what keeps the loop alive, and the inputs
/// that fail before any connection.
@Suite struct HTTPClientLifetimeTests {
    @Test(arguments: [true, false])
    func aRequestAndItsResponseWhoseListenersCaptureThemAreFreedAfterClose(keepAlive: Bool) throws {
        weak var weakRequest: ClientRequest?
        weak var weakResponse: IncomingMessage?
        weak var weakAgent: HTTPAgent?
        var closes = 0
        try runOnFreshLoop {
            let server = http.createServer { _, res in res.end("body") }
            let agent = HTTPAgent(keepAlive: keepAlive)
            weakAgent = agent
            try server.listen(0, "127.0.0.1") {
                let options = HTTPRequestOptions(host: "127.0.0.1", port: server.address()!.port, agent: .custom(agent))
                let req = try http.get(options)
                weakRequest = req
                req.on(.response) { res in
                    weakResponse = res
                    res.on(.data) { _ in _ = res.statusCode }
                    res.on(.end) { _ = req.reusedSocket }
                    res.on(.close) { _ = res.complete }
                }
                req.on(.close) {
                    closes += 1
                    _ = req.destroyed
                    setImmediate {
                        agent.destroy()
                        server.close()
                    }
                }
            }
        }
        #expect(closes == 1)
        #expect(weakRequest == nil)
        #expect(weakResponse == nil)
        #expect(weakAgent == nil)
    }

    @Test func aRequestThatFailedToConnectIsFreed() throws {
        weak var weakRequest: ClientRequest?
        var codes: [String?] = []
        try runOnFreshLoop {
            let server = http.createServer()
            try server.listen(0, "127.0.0.1") {
                let port = server.address()!.port
                server.close { _ in
                    let req = try http.get(HTTPRequestOptions(host: "127.0.0.1", port: port, agent: .disabled))
                    weakRequest = req
                    req.on(.error) { error in codes.append((error as? NodeError)?.code) }
                    req.on(.close) { _ = req.destroyed }
                }
            }
        }
        #expect(codes == ["ECONNREFUSED"])
        #expect(weakRequest == nil)
    }

    @Test(.timeLimit(.minutes(1)))
    func theGlobalAgentsFreeSocketDoesNotKeepTheLoopAlive() throws {
        var freeAtExit = -1
        let loop = EventLoop()
        let code = loop.run {
            let server = http.createServer { req, res in
                // Nothing on the server's side holds the loop: only the client's free socket
                // could, and an agent unrefs it.
                _ = req.socket?.unref()
                res.end("done")
            }
            try server.listen(0, "127.0.0.1") {
                server.unref()
                try http.get(HTTPRequestOptions(host: "127.0.0.1", port: server.address()!.port)) { res in res.resume() }
            }
            process.on(.exit) { _ in freeAtExit = http.globalAgent.freeSockets.values.reduce(0) { $0 + $1.count } }
        }
        try loop.close()
        #expect(code == 0)
        #expect(freeAtExit == 1)
    }

    @Test func fetchOfAnHTTPSURLRejectsSayingTLSIsUnavailable() throws {
        var failure: NodeError?
        try runOnFreshLoop {
            fetch("https://example.org/").catch { error in failure = error as? NodeError }
        }
        #expect(failure?.code == "ERR_NODELOOP_TLS_UNAVAILABLE")
    }

    @Test func requestURLsOtherThanHTTPAreRefusedAsNodeRefusesThem() throws {
        try runOnFreshLoop {
            #expect(throws: NodeError.invalidProtocol("https:")) { try http.get("https://example.org/") }
            #expect(throws: NodeError.invalidURL) { try http.get("nope") }
        }
    }

    @Test func aURLGivesHostPortAndPath() throws {
        let options = try HTTPRequestOptions(url: "http://user@127.0.0.1:8080/a/b?c=d#frag")
        #expect(options.hostname == "127.0.0.1")
        #expect(options.port == 8080)
        #expect(options.path == "/a/b?c=d")
        let bare = try HTTPRequestOptions(url: "http://[::1]?q")
        #expect(bare.hostname == "::1")
        #expect(bare.port == nil)
        #expect(bare.path == "/?q")
    }

    @Test func jsonParsesAsJSONParseDoesAndRejectsWhatItRejects() throws {
        let value = try JSONValue.parse(#" {"a": [1, -2.5e2, true, null], "b": "\u00e9\ud83d\ude00\n", "a": 0} "#)
        #expect(value["a"]?.number == 0)
        #expect(value["b"]?.string == "é😀\n")
        #expect(try JSONValue.parse("[1,-2.5e2,true,null]") == .array([.number(1), .number(-250), .bool(true), .null]))
        for bad in ["", "[1,]", "{\"a\" 1}", "01", "\"\u{01}\"", "[1] x", "tru"] {
            #expect(throws: NodeError.self) { try JSONValue.parse(bad) }
        }
    }
}
