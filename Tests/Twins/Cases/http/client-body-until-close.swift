import NodeLoop

let clientBodyUntilClose = Twin("http/client-body-until-close") {
    let server = net.createServer { socket in
        socket.once(.data) { _ in
            socket.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\npart one, ")
            setTimeout(10) { socket.end("part two") }
        }
    }
    try server.listen(0, "127.0.0.1") {
        let req = try http.get(HTTPRequestOptions(host: "127.0.0.1", port: server.address()!.port)) { res in
            var body = ""
            res.on(.data) { chunk in body += try chunk.toString() }
            res.on(.end) { console.log("body", body, "complete", res.complete) }
            res.on(.close) { console.log("response close") }
        }
        req.on(.close) {
            console.log("request close")
            server.close()
        }
    }
}
