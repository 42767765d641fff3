import HTTPTypes
import NodeLoop
import NodeLoopHTTPTypes
import Testing

/// A NodeLoop server read and answered through swift-http-types, end to end over a socket.
@Suite("swift-http-types on NodeLoop's http")
struct NodeLoopHTTPTypesTests {
    @Test func aRequestReadsAsAnHTTPRequestAndAnHTTPResponseAnswersIt() throws {
        var request: HTTPRequest?
        var answer = ""
        let loop = EventLoop()
        loop.run {
            let server = http.createServer()
            server.on(.request) { req, res in
                request = req.httpRequest
                try res.writeHead(HTTPResponse(
                    status: .init(code: 201, reasonPhrase: "Made"),
                    headerFields: [.contentType: "text/plain", .setCookie: "a=1", .setCookie: "b=2"]
                ))
                res.end("made")
                server.close()
            }
            try server.listen(0, "127.0.0.1") {
                let socket = try net.connect(port: server.address()!.port, host: "127.0.0.1")
                socket.on(.data) { chunk in answer += try chunk.toString() }
                socket.write("PUT /things/7?x=1 HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t\r\nAccept: a\r\nAccept: b\r\nConnection: close\r\n\r\n")
            }
        }
        try loop.close()
        let head = try #require(request)
        #expect(head.method == .put)
        #expect(head.scheme == "http")
        #expect(head.authority == "example.test")
        #expect(head.path == "/things/7?x=1")
        #expect(head.headerFields[.userAgent] == "t")
        #expect(head.headerFields[values: .accept] == ["a", "b"])
        #expect(!head.headerFields.contains { $0.name.canonicalName == "host" })
        let lines = answer.split(separator: "\r\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("Date: ") }
        #expect(lines == [
            "HTTP/1.1 201 Made", "Content-Type: text/plain", "Set-Cookie: a=1", "Set-Cookie: b=2",
            "Connection: close", "Transfer-Encoding: chunked", "", "4", "made", "0", "", "",
        ])
    }

    @Test func headersSetAfterTheHeadAreRefusedWithNodesError() throws {
        var code: String?
        let loop = EventLoop()
        loop.run {
            let server = http.createServer()
            server.on(.request) { _, res in
                res.end()
                do { try res.setHeaderFields([.contentType: "text/plain"]) } catch { code = (error as? NodeError)?.code }
                server.close()
            }
            try server.listen(0, "127.0.0.1") {
                let socket = try net.connect(port: server.address()!.port, host: "127.0.0.1")
                socket.on(.data) { _ in }
                socket.write("GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n")
            }
        }
        try loop.close()
        #expect(code == "ERR_HTTP_HEADERS_SENT")
    }
}
