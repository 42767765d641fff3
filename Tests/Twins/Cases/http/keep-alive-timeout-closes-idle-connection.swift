import NodeLoop

let keepAliveTimeoutClosesIdleConnection = Twin("http/keep-alive-timeout-closes-idle-connection") {
    let server = http.createServer { _, res in res.end("ok") }
    server.keepAliveTimeout = 200
    try server.listen(0, "127.0.0.1") {
        let socket = try net.connect(port: server.address()!.port, host: "127.0.0.1")
        let started = performance.now()
        var answer = ""
        socket.on(.data) { chunk in answer += try chunk.toString() }
        socket.on(.end) {
            let waited = performance.now() - started
            console.log(answerLines(answer))
            console.log("closed by the server after at least 1.2 s:", waited >= 1150)
            server.close { _ in console.log("server close") }
        }
        socket.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
    }
}
