import NodeLoop

let oversizedHeadGets431 = Twin("http/oversized-head-gets-431") {
    let server = http.createServer { _, _ in console.log("no request event") }
    try server.listen(0, "127.0.0.1") {
        let socket = try net.connect(port: server.address()!.port, host: "127.0.0.1")
        var answer = ""
        socket.on(.data) { chunk in answer += try chunk.toString() }
        socket.on(.close) {
            console.log(answer.split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init))
            server.close()
        }
        socket.on(.error) { error in console.log("client error", (error as? NodeError)?.code) }
        socket.write("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + String(repeating: "a", count: 17000) + "\r\n\r\n")
    }
}
