import NodeLoop

let chunkedResponse = Twin("http/chunked-response") {
    let server = http.createServer { req, res in
        try res.setHeader("Content-Type", "text/plain")
        res.write("first ")
        console.log("headersSent after write", res.headersSent)
        res.write("second ")
        res.end("last")
    }
    try server.listen(0, "127.0.0.1") {
        let socket = try net.connect(port: server.address()!.port, host: "127.0.0.1")
        var answer = ""
        socket.on(.data) { chunk in answer += try chunk.toString() }
        socket.on(.end) {
            console.log(answerLines(answer))
            server.close()
        }
        socket.write("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    }
}
