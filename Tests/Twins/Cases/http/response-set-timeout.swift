import NodeLoop

let responseSetTimeout = Twin("http/response-set-timeout") {
    let server = http.createServer { _, res in
        try res.setTimeout(50) {
            console.log("response timeout, headersSent", res.headersSent)
            try res.writeHead(503)
            res.end("took too long")
        }
    }
    try server.listen(0, "127.0.0.1") {
        let socket = try net.connect(port: server.address()!.port, host: "127.0.0.1")
        var answer = ""
        socket.on(.data) { chunk in answer += try chunk.toString() }
        socket.on(.end) {
            console.log(answerLines(answer))
            server.close()
        }
        socket.write("GET /slow HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    }
}
