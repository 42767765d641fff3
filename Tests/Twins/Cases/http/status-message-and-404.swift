import NodeLoop

let statusMessageAnd404 = Twin("http/status-message-and-404") {
    let server = http.createServer { req, res in
        if req.url == "/missing" {
            res.statusCode = 404
            res.end("not here")
        } else if req.url == "/custom" {
            try res.writeHead(299, "Fine Enough", ["X-Why": "because"])
            res.end()
        } else if req.url == "/empty" {
            res.statusCode = 204
            res.end("ignored body")
        } else {
            res.statusMessage = "Very OK"
            res.end("ok")
        }
    }
    try server.listen(0, "127.0.0.1") {
        var paths = ["/missing", "/custom", "/empty", "/plain"]
        func next() throws {
            guard !paths.isEmpty else { return _ = server.close() }
            let path = paths.removeFirst()
            let socket = try net.connect(port: server.address()!.port, host: "127.0.0.1")
            var answer = ""
            socket.on(.data) { chunk in answer += try chunk.toString() }
            socket.on(.end) {
                console.log(path, answerLines(answer))
                try next()
            }
            socket.write("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        }
        try next()
    }
}
