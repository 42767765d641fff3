import NodeLoop

let http10RequestCloses = Twin("http/http10-request-closes") {
    let server = http.createServer { req, res in
        console.log("request", req.httpVersion, req.httpVersionMajor, req.httpVersionMinor)
        res.write("part one, ")
        res.end("part two")
    }
    try server.listen(0, "127.0.0.1") {
        let socket = try net.connect(port: server.address()!.port, host: "127.0.0.1")
        var answer = ""
        socket.on(.data) { chunk in answer += try chunk.toString() }
        socket.on(.end) {
            console.log(answerLines(answer))
            server.close()
        }
        socket.write("GET / HTTP/1.0\r\n\r\n")
    }
}
