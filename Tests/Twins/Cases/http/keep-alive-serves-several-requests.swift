import NodeLoop

let keepAliveServesSeveralRequests = Twin("http/keep-alive-serves-several-requests") {
    var requests = 0
    var lastSocket: Socket?
    let server = http.createServer { req, res in
        requests += 1
        console.log("request", requests, req.url, "same socket as before:", req.socket === lastSocket)
        lastSocket = req.socket
        res.end("answer \(requests)")
    }
    try server.listen(0, "127.0.0.1") {
        let socket = try net.connect(port: server.address()!.port, host: "127.0.0.1")
        var answer = ""
        var sent = 1
        socket.on(.data) { chunk in
            answer += try chunk.toString()
            guard answer.hasSuffix("answer \(sent)") else { return }
            console.log(answerLines(answer))
            answer = ""
            if sent == 3 {
                socket.end()
                server.close { _ in console.log("server closed") }
                return
            }
            sent += 1
            socket.write("GET /\(sent) HTTP/1.1\r\nHost: x\r\n\r\n")
        }
        socket.write("GET /1 HTTP/1.1\r\nHost: x\r\n\r\n")
    }
}
