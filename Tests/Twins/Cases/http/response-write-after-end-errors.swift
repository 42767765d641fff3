import NodeLoop

let responseWriteAfterEndErrors = Twin("http/response-write-after-end-errors") {
    let server = http.createServer { req, res in
        res.on(.error) { error in console.log("res error", (error as? NodeError)?.code, error.message) }
        res.end("done")
        let ok = res.write("more") { error in console.log("write callback", (error as? NodeError)?.code) }
        console.log("write returned", ok)
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
