import NodeLoop

let getConnectionsCounts = Twin("net/get-connections-counts") {
    let server = net.createServer()
    server.on(.connection) { socket in
        server.getConnections { error, count in
            console.log("connections", error != nil, count)
            if count == 2 { socket.destroy() }
        }
        socket.on(.close) {
            server.getConnections { error, count in
                console.log("after a close", error != nil, count)
                if count == 0 { server.close() }
            }
        }
    }
    try server.listen(0, "127.0.0.1") {
        let port = server.address()!.port
        let first = Socket()
        try first.connect(port: port, host: "127.0.0.1") {
            let second = try net.connect(port: port, host: "127.0.0.1")
            second.on(.close) { first.destroy() }
            second.resume()
        }
        first.resume()
    }
}
