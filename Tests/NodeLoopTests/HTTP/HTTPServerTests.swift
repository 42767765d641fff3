import Testing
@testable import NodeLoop

/// What the twins cannot show about the HTTP server: that it frees what it is done with, that
/// it loses and reorders nothing under load, and that it refuses bad arguments with Node's
/// errors. The behaviour a program sees is proven against Node by the `http/` twins.
@Suite("HTTP server")
struct HTTPServerTests {
    @Test func aServerItsRequestsAndResponsesAreFreedOnceClosed() throws {
        weak var weakServer: HTTPServer?
        weak var weakRequest: IncomingMessage?
        weak var weakResponse: ServerResponse?
        try runOnFreshLoop {
            let server = http.createServer()
            server.on(.request) { req, res in
                weakRequest = req
                weakResponse = res
                req.on(.data) { _ in _ = req.url }
                req.on(.end) { res.end("bye \(req.url)") }
                res.on(.finish) { _ = res.statusCode; server.close() }
            }
            try server.listen(0, "127.0.0.1") {
                let socket = try net.connect(port: server.address()!.port, host: "127.0.0.1")
                socket.on(.data) { _ in }
                socket.write("POST /x HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi")
            }
            weakServer = server
        }
        #expect(weakServer == nil)
        #expect(weakRequest == nil)
        #expect(weakResponse == nil)
    }

    @Test func aServerLeftListeningIsFreedWhenItsLoopCloses() throws {
        weak var weakServer: HTTPServer?
        let loop = EventLoop()
        loop.run {
            let server = http.createServer { _, res in res.end() }
            server.on(.close) { _ = server.listening }
            try server.listen(0, "127.0.0.1") { server.unref() }
            weakServer = server
        }
        try loop.close()
        #expect(weakServer == nil)
    }

    @Test func tenThousandKeepAliveRequestsOverAHundredConnectionsAreAnsweredInOrder() throws {
        try DescriptorCounting.exclusively {
            let connections = 100
            let requestsPerConnection = 100
            var answered = 0
            var misordered = 0
            try runOnFreshLoop {
                let server = http.createServer { req, res in
                    // Answers to requests whose number ends in 0 wait a tick, so pipelined answers
                    // finish out of order.
                    if req.url.hasSuffix("0") {
                        setImmediate { res.end(req.url) }
                    } else {
                        res.end(req.url)
                    }
                }
                var open = connections
                try server.listen(0, "127.0.0.1") {
                    for connection in 0..<connections {
                        let socket = try net.connect(port: server.address()!.port, host: "127.0.0.1")
                        var reader = ResponseReader()
                        var sent = 0
                        var received = 0
                        // Requests go out in bursts of up to 8, pipelined.
                        func sendBurst() {
                            var text = ""
                            while sent < requestsPerConnection && sent - received < 8 {
                                text += "GET /\(connection)/\(sent) HTTP/1.1\r\nHost: h\r\n\r\n"
                                sent += 1
                            }
                            if !text.isEmpty { socket.write(text) }
                        }
                        socket.on(.data) { chunk in
                            reader.append(chunk.bytes)
                            while let body = reader.nextBody() {
                                if body != "/\(connection)/\(received)" { misordered += 1 }
                                received += 1
                                answered += 1
                            }
                            if received == requestsPerConnection {
                                socket.end()
                            } else {
                                sendBurst()
                            }
                        }
                        socket.on(.close) {
                            open -= 1
                            if open == 0 { server.close() }
                        }
                        sendBurst()
                    }
                }
            }
            #expect(answered == connections * requestsPerConnection)
            #expect(misordered == 0)
        }
    }

    /// A body past the request's buffer pauses the socket until it is read; one nobody reads
    /// is thrown away when the answer is done, so the next request on the connection is read.
    @Test(.timeLimit(.minutes(1)))
    func aBodyReadLateArrivesWholeAndAnUnreadOneDoesNotStallTheConnection() throws {
        let size = 1 << 20
        var received = 0
        var answers = 0
        try runOnFreshLoop {
            let server = http.createServer()
            server.on(.request) { req, res in
                if req.url == "/read-late" {
                    setTimeout(20) {
                        req.on(.data) { chunk in received += chunk.count }
                        req.on(.end) { res.end("read") }
                    }
                } else {
                    res.end("unread")
                }
            }
            try server.listen(0, "127.0.0.1") {
                let socket = try net.connect(port: server.address()!.port, host: "127.0.0.1")
                var reader = ResponseReader()
                socket.on(.data) { chunk in
                    reader.append(chunk.bytes)
                    while reader.nextBody() != nil { answers += 1 }
                    if answers == 3 {
                        socket.end()
                        server.close()
                    }
                }
                let body = Buffer(Array(repeating: 0x61, count: size))
                for path in ["/read-late", "/unread"] {
                    socket.write("POST \(path) HTTP/1.1\r\nHost: h\r\nContent-Length: \(size)\r\n\r\n")
                    socket.write(body)
                }
                socket.write("GET /after HTTP/1.1\r\nHost: h\r\n\r\n")
            }
        }
        #expect(received == size)
        #expect(answers == 3)
    }

    /// Bad header names and values are refused with Node's codes, before anything is sent.
    @Test(arguments: [
        ("", "x", "ERR_INVALID_HTTP_TOKEN"),
        ("Bad Name", "x", "ERR_INVALID_HTTP_TOKEN"),
        ("X-Colon:", "x", "ERR_INVALID_HTTP_TOKEN"),
        ("X-Newline", "a\r\nInjected: yes", "ERR_INVALID_CHAR"),
        ("X-Nul", "a\u{0}b", "ERR_INVALID_CHAR"),
        ("X-Wide", "snow \u{2603}", "ERR_INVALID_CHAR"),
    ])
    func badHeadersAreRefused(name: String, value: String, code: String) throws {
        var codes: [String?] = []
        try runOnFreshLoop {
            let server = http.createServer()
            server.on(.request) { _, res in
                do { try res.setHeader(name, .string(value)) } catch { codes.append((error as? NodeError)?.code) }
                do { try res.writeHead(200, [name: .string(value)]) } catch { codes.append((error as? NodeError)?.code) }
                res.end()
                server.close()
            }
            try server.listen(0, "127.0.0.1") {
                let socket = try net.connect(port: server.address()!.port, host: "127.0.0.1")
                socket.on(.data) { _ in }
                socket.write("GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n")
            }
        }
        #expect(codes == [code, code])
    }

    @Test(arguments: [99, 1000, -1, 0])
    func statusCodesOutsideNodesRangeAreRefused(status: Int) throws {
        var code: String?
        try runOnFreshLoop {
            let server = http.createServer()
            server.on(.request) { _, res in
                do { try res.writeHead(status) } catch { code = (error as? NodeError)?.code }
                res.end()
                server.close()
            }
            try server.listen(0, "127.0.0.1") {
                let socket = try net.connect(port: server.address()!.port, host: "127.0.0.1")
                socket.on(.data) { _ in }
                socket.write("GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n")
            }
        }
        #expect(code == "ERR_HTTP_INVALID_STATUS_CODE")
    }
}

/// Splits a stream of HTTP responses with `Content-Length` bodies, for the tests' raw clients.
struct ResponseReader {
    private var bytes: [UInt8] = []

    mutating func append(_ more: [UInt8]) { bytes += more }

    /// The next complete response's body, removed from the stream; nil until one is complete.
    mutating func nextBody() -> String? {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        guard let headEnd = bytes.firstRange(of: separator) else { return nil }
        let head = String(decoding: bytes[..<headEnd.lowerBound], as: UTF8.self).lowercased()
        guard let line = head.split(separator: "\r\n").first(where: { $0.hasPrefix("content-length:") }),
              let length = Int(line.dropFirst("content-length:".count).trimmingPrefix(" "))
        else { return nil }
        let end = headEnd.upperBound + length
        guard bytes.count >= end else { return nil }
        let body = String(decoding: bytes[headEnd.upperBound..<end], as: UTF8.self)
        bytes.removeFirst(end)
        return body
    }
}
