import NodeLoop

let headersTimeoutGets408 = Twin("http/headers-timeout-gets-408") {
    let server = http.createServer(HTTPServerOptions(requestTimeout: 200, headersTimeout: 100, connectionsCheckingInterval: 20)) { _, _ in
        console.log("no request event")
    }
    try server.listen(0, "127.0.0.1") {
        let socket = try net.connect(port: server.address()!.port, host: "127.0.0.1")
        var answer = ""
        socket.on(.data) { chunk in answer += try chunk.toString() }
        socket.on(.close) {
            console.log(answer.split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init))
            server.close { _ in console.log("server close") }
        }
        socket.write("GET / HTTP/1.1\r\nHost: x\r\n")
    }
}
