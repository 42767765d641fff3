import NodeLoop

let clientHalfCloseAbortsRequest = Twin("http/client-half-close-aborts-request") {
    let server = http.createServer { req, res in
        console.log("request", req.url)
        req.on(.aborted) { console.log("req aborted", req.aborted) }
        req.on(.close) { console.log("req close") }
        res.on(.close) { console.log("res close, writableEnded", res.writableEnded) }
        setTimeout(20) { res.end("too late") }
    }
    try server.listen(0, "127.0.0.1") {
        let socket = try net.connect(port: server.address()!.port, host: "127.0.0.1")
        var answer = ""
        socket.on(.data) { chunk in answer += try chunk.toString() }
        socket.on(.close) {
            console.log("client got", "\"" + answer + "\"")
            server.close()
        }
        socket.end("GET /a HTTP/1.1\r\nHost: x\r\n\r\n")
    }
}
