import NodeLoop

let connectAndConnectionOrder = Twin("net/connect-and-connection-order") {
    let server = net.createServer()
    server.on(.connection) { socket in
        console.log("server: connection", socket.remoteAddress, socket.remoteFamily)
        socket.on(.end) { console.log("server: end") }
        socket.on(.close) { (hadError: Bool) in
            console.log("server: close", hadError)
            server.close { _ in console.log("server: closed") }
        }
    }
    server.on(.listening) { console.log("server: listening", server.listening, server.address()!.family) }
    try server.listen(0, "127.0.0.1") {
        let client = Socket()
        try client.connect(port: server.address()!.port, host: "127.0.0.1") { console.log("client: connect callback") }
        client.on(.connect) { console.log("client: connect", client.remoteAddress, client.remotePort == server.address()!.port) }
        client.on(.ready) {
            console.log("client: ready")
            client.end()
        }
        client.on(.close) { (hadError: Bool) in console.log("client: close", hadError) }
        console.log("client: connecting", client.connecting, client.pending)
    }
    console.log("listening right after listen():", server.listening)
}
