import NodeLoop

let maxRequestsPerSocket = Twin("http/max-requests-per-socket") {
    let server = http.createServer { req, res in res.end("answer to " + req.url) }
    server.maxRequestsPerSocket = 2
    server.on(.dropRequest) { req, _ in console.log("dropRequest", req.url) }
    try server.listen(0, "127.0.0.1") {
        let socket = try net.connect(port: server.address()!.port, host: "127.0.0.1")
        var answer = ""
        socket.on(.data) { chunk in
            answer += try chunk.toString()
            guard answer.hasSuffix("0\r\n\r\n") else { return }
            console.log(answerLines(answer))
            socket.end()
            server.close { _ in console.log("server close") }
        }
        socket.write("GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\nGET /3 HTTP/1.1\r\nHost: x\r\n\r\n")
    }
}
