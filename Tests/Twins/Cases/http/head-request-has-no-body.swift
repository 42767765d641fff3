import NodeLoop

let headRequestHasNoBody = Twin("http/head-request-has-no-body") {
    let server = http.createServer { req, res in
        console.log("request", req.method)
        try res.setHeader("Content-Type", "text/plain")
        res.end("a body that HEAD does not get")
    }
    try server.listen(0, "127.0.0.1") {
        let socket = try net.connect(port: server.address()!.port, host: "127.0.0.1")
        var answer = ""
        socket.on(.data) { chunk in answer += try chunk.toString() }
        socket.on(.end) {
            console.log(answerLines(answer))
            server.close()
        }
        socket.write("HEAD / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    }
}
