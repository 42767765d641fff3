import NodeLoop

let postBodyWithContentLength = Twin("http/post-body-with-content-length") {
    let server = http.createServer { req, res in
        var body = ""
        console.log("complete before body", req.complete)
        req.on(.data) { chunk in body += try chunk.toString() }
        req.on(.end) {
            console.log("body", "[" + body + "]", "complete", req.complete)
            try res.writeHead(201, ["Content-Type": "text/plain"])
            res.end("got \(body.utf8.count) bytes")
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
        socket.write("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\nConnection: close\r\n\r\nhello")
        setTimeout(20) { socket.write(" world") }
    }
}
