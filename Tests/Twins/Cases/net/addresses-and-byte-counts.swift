import NodeLoop

let addressesAndByteCounts = Twin("net/addresses-and-byte-counts") {
    let server = net.createServer()
    server.on(.connection) { socket in
        socket.on(.data) { chunk in socket.end(try chunk.toString().uppercased()) }
        socket.on(.close) {
            console.log("server: bytesRead", socket.bytesRead, "bytesWritten", socket.bytesWritten)
            server.close()
        }
        server.getConnections { _, _ in
            console.log("server: local", socket.localAddress, socket.localPort == server.address()!.port, socket.localFamily)
        }
    }
    try server.listen(0, "127.0.0.1") {
        let client = Socket()
        try client.connect(port: server.address()!.port, host: "127.0.0.1") {
            let address = client.address()!
            console.log("client: address", address.address, address.family, address.port == client.localPort)
            console.log("client: chain", client.setNoDelay(true) === client, client.setKeepAlive(true, 1000) === client)
            client.write("abc")
        }
        client.on(.data) { chunk in console.log("client: data", try chunk.toString()) }
        client.on(.close) { console.log("client: bytesRead", client.bytesRead, "bytesWritten", client.bytesWritten) }
    }
}
