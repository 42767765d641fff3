import NodeLoop

let echoRoundTrip = Twin("net/echo-round-trip") {
    let server = net.createServer { socket in socket.pipe(socket) }
    try server.listen(0, "127.0.0.1") {
        let client = try net.connect(port: server.address()!.port, host: "127.0.0.1")
        var received = ""
        client.on(.data) { chunk in received += try chunk.toString() }
        client.on(.end) { console.log("client: end, received", "[" + received + "]") }
        client.on(.close) {
            console.log("client: close")
            server.close()
        }
        client.write("hello ")
        client.write("world")
        client.end("!")
    }
    server.on(.close) { console.log("server: close") }
}
