import NodeLoop

let closeWaitsForConnections = Twin("net/close-waits-for-connections") {
    let server = net.createServer()
    server.on(.connection) { socket in
        server.close { _ in console.log("server: close callback, listening", server.listening) }
        console.log("server: closing, listening", server.listening)
        setTimeout(20) {
            console.log("server: ending its socket")
            socket.end()
        }
    }
    try server.listen(0, "127.0.0.1") {
        let port = server.address()!.port
        let client = try net.connect(port: port, host: "127.0.0.1")
        client.resume()
        client.on(.end) { console.log("client: end") }
        client.on(.close) { console.log("client: close") }
    }
}
