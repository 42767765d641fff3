import NodeLoop

let headersDistinct = Twin("http/headers-distinct") {
    let server = http.createServer { req, res in
        req.resume()
        req.on(.end) {
            console.log(req.headersDistinct)
            console.log(req.headersDistinct.values("host"), req.trailersDistinct)
            res.end()
        }
    }
    try server.listen(0, "127.0.0.1") {
        let socket = try net.connect(port: server.address()!.port, host: "127.0.0.1")
        socket.on(.data) { _ in }
        socket.on(.end) { server.close() }
        socket.write("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\nAccept: x\r\nAccept: y\r\nConnection: close\r\n\r\n")
    }
}
