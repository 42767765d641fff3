import NodeLoop

let pipelinedRequestsAnswerInOrder = Twin("http/pipelined-requests-answer-in-order") {
    let server = http.createServer { req, res in
        console.log("request", req.url)
        res.on(.finish) { console.log("finish", req.url) }
        let delay: Double = req.url == "/slow" ? 30 : 0
        setTimeout(delay) { res.end("body of " + req.url) }
    }
    try server.listen(0, "127.0.0.1") {
        let socket = try net.connect(port: server.address()!.port, host: "127.0.0.1")
        var answer = ""
        socket.on(.data) { chunk in answer += try chunk.toString() }
        socket.on(.end) {
            console.log(answerLines(answer))
            server.close()
        }
        socket.write(
            "GET /slow HTTP/1.1\r\nHost: x\r\n\r\n"
                + "GET /fast HTTP/1.1\r\nHost: x\r\n\r\n"
                + "GET /last HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    }
}
