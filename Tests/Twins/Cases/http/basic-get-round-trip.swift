import NodeLoop

let basicGetRoundTrip = Twin("http/basic-get-round-trip") {
    let server = http.createServer { req, res in
        console.log("request", req.method, req.url, "HTTP/" + req.httpVersion)
        console.log("headers", req.headers)
        console.log("rawHeaders", req.rawHeaders)
        res.end("hello world")
    }
    try server.listen(0, "127.0.0.1") {
        let socket = try net.connect(port: server.address()!.port, host: "127.0.0.1")
        var answer = ""
        socket.on(.data) { chunk in answer += try chunk.toString() }
        socket.on(.end) {
            console.log(answerLines(answer))
            server.close { _ in console.log("server closed") }
        }
        socket.write("GET /path?x=1 HTTP/1.1\r\nHost: example.test\r\nUser-Agent: twin\r\nConnection: close\r\n\r\n")
    }
}
