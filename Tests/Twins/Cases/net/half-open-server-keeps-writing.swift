import NodeLoop

let halfOpenServerKeepsWriting = Twin("net/half-open-server-keeps-writing") {
    let server = net.createServer(allowHalfOpen: true)
    server.on(.connection) { socket in
        var request = ""
        socket.on(.data) { chunk in request += try chunk.toString() }
        socket.on(.end) {
            console.log("server: end, writable", socket.writable)
            socket.end("reply to " + request)
        }
        socket.on(.finish) { console.log("server: finish") }
        socket.on(.close) { console.log("server: close"); server.close() }
    }
    try server.listen(0, "127.0.0.1") {
        let client = try net.connect(port: server.address()!.port, host: "127.0.0.1", allowHalfOpen: true)
        client.on(.data) { chunk in console.log("client: data", try chunk.toString()) }
        client.on(.finish) { console.log("client: finish") }
        client.on(.end) { console.log("client: end"); client.end() }
        client.on(.close) { console.log("client: close") }
        client.end("ping")
    }
}
