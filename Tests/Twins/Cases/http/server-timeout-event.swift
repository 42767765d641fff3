import NodeLoop

let serverTimeoutEvent = Twin("http/server-timeout-event") {
    let server = http.createServer { _, _ in console.log("no request event") }
    server.setTimeout(50) { socket in
        console.log("timeout, socket is a net.Socket:", String(describing: type(of: socket)) == "Socket")
        socket.destroy()
    }
    try server.listen(0, "127.0.0.1") {
        let socket = try net.connect(port: server.address()!.port, host: "127.0.0.1")
        socket.on(.close) {
            console.log("client close")
            server.close { _ in console.log("server close") }
        }
    }
}
