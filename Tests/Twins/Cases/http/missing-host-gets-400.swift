import NodeLoop

let missingHostGets400 = Twin("http/missing-host-gets-400") {
    let server = http.createServer { req, res in
        console.log("request", req.url, "HTTP/" + req.httpVersion)
        res.end("ok")
    }
    try server.listen(0, "127.0.0.1") {
        var requests = ["GET /eleven HTTP/1.1\r\n\r\n", "GET /ten HTTP/1.0\r\n\r\n"]
        func next() throws {
            guard !requests.isEmpty else { return _ = server.close() }
            let request = requests.removeFirst()
            let socket = try net.connect(port: server.address()!.port, host: "127.0.0.1")
            var answer = ""
            socket.on(.data) { chunk in answer += try chunk.toString() }
            socket.on(.end) {
                console.log(answerLines(answer))
                try next()
            }
            socket.write(request)
        }
        try next()
    }
}
