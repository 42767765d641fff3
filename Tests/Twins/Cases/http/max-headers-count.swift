import NodeLoop

let maxHeadersCount = Twin("http/max-headers-count") {
    let server = http.createServer { req, res in
        console.log(req.headers, req.rawHeaders)
        res.end()
    }
    server.maxHeadersCount = 2
    try server.listen(0, "127.0.0.1") {
        let socket = try net.connect(port: server.address()!.port, host: "127.0.0.1")
        socket.on(.data) { _ in }
        socket.on(.end) { server.close() }
        socket.write("GET / HTTP/1.1\r\nHost: x\r\nA: 1\r\nB: 2\r\nConnection: close\r\n\r\n")
    }
}
