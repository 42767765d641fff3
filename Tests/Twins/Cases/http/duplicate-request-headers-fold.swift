import NodeLoop

let duplicateRequestHeadersFold = Twin("http/duplicate-request-headers-fold") {
    let server = http.createServer { req, res in
        console.log(req.headers)
        console.log("host", req.headers["host"], "accept", req.headers["accept"])
        res.end()
    }
    try server.listen(0, "127.0.0.1") {
        let socket = try net.connect(port: server.address()!.port, host: "127.0.0.1")
        socket.on(.data) { _ in }
        socket.on(.end) { server.close() }
        socket.write("GET / HTTP/1.1\r\nHost: first\r\nHost: second\r\nAccept: a\r\nACCEPT: b\r\n"
            + "Cookie: c=1\r\nCookie: d=2\r\nSet-Cookie: s=1\r\nset-cookie: s=2\r\nContent-Type: t1\r\n"
            + "Content-Type: t2\r\nX-Custom: one\r\nx-custom: two\r\nConnection: close\r\n\r\n")
    }
}
