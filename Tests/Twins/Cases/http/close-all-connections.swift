import NodeLoop

let closeAllConnections = Twin("http/close-all-connections") {
    var server: HTTPServer!
    server = http.createServer { req, res in
        console.log("request; closing every connection")
        req.on(.close) { console.log("req close") }
        res.on(.close) { console.log("res close") }
        server.close { _ in console.log("server close") }
        server.closeAllConnections()
    }
    try server.listen(0, "127.0.0.1") {
        let socket = try net.connect(port: server.address()!.port, host: "127.0.0.1")
        socket.on(.data) { _ in console.log("unexpected data") }
        socket.on(.close) { console.log("client close") }
        socket.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
    }
}
