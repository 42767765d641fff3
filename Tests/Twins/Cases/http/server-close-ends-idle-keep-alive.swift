import NodeLoop

let serverCloseEndsIdleKeepAlive = Twin("http/server-close-ends-idle-keep-alive") {
    let server = http.createServer { _, res in res.end("ok") }
    try server.listen(0, "127.0.0.1") {
        let socket = try net.connect(port: server.address()!.port, host: "127.0.0.1")
        socket.on(.data) { _ in
            console.log("answered; closing the server")
            server.close { _ in console.log("server close") }
        }
        socket.on(.end) { console.log("client end") }
        socket.on(.close) { console.log("client close") }
        socket.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
    }
}
