import NodeLoop

let requestAndResponseEventOrder = Twin("http/request-and-response-event-order") {
    let server = http.createServer { req, res in
        console.log("request")
        req.on(.data) { chunk in console.log("req data", chunk.length) }
        req.on(.end) {
            console.log("req end")
            res.end("done")
            console.log("after res.end: writableEnded", res.writableEnded, "writableFinished", res.writableFinished)
        }
        req.on(.close) { console.log("req close") }
        res.on(.finish) { console.log("res finish") }
        res.on(.close) { console.log("res close") }
    }
    server.on(.connection) { _ in console.log("connection") }
    try server.listen(0, "127.0.0.1") {
        let socket = try net.connect(port: server.address()!.port, host: "127.0.0.1")
        socket.on(.data) { _ in }
        socket.on(.end) {
            console.log("client end")
            server.close { _ in console.log("server close") }
        }
        socket.write("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc")
    }
}
