import NodeLoop

let destroyWithError = Twin("net/destroy-with-error") {
    let server = net.createServer()
    server.on(.connection) { socket in
        socket.on(.end) { console.log("server: end") }
        socket.on(.close) { (hadError: Bool) in
            console.log("server: close", hadError)
            server.close()
        }
        socket.resume()
    }
    try server.listen(0, "127.0.0.1") {
        let client = Socket()
        let boom = NodeError("boom")
        try client.connect(port: server.address()!.port, host: "127.0.0.1") { client.destroy(boom) }
        client.on(.error) { error in console.log("client: error", error.message, client.destroyed) }
        client.on(.close) { (hadError: Bool) in console.log("client: close", hadError) }
    }
}
