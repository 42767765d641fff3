import NodeLoop

let halfOpenClientKeepsWriting = Twin("net/half-open-client-keeps-writing") {
    let server = net.createServer(allowHalfOpen: true)
    server.on(.connection) { socket in
        socket.end("bye")
        socket.on(.data) { chunk in console.log("server: data", try chunk.toString()) }
        socket.on(.end) { console.log("server: end") }
        socket.on(.close) { console.log("server: close"); server.close() }
    }
    try server.listen(0, "127.0.0.1") {
        let client = try net.connect(port: server.address()!.port, host: "127.0.0.1", allowHalfOpen: true)
        client.on(.data) { chunk in console.log("client: data", try chunk.toString()) }
        client.on(.end) {
            console.log("client: end, writable", client.writable)
            client.end("last words")
        }
        client.on(.close) { console.log("client: close") }
    }
}
