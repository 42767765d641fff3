import NodeLoop

let maxConnectionsDrops = Twin("net/max-connections-drops") {
    let server = net.createServer { socket in
        console.log("server: connection")
        socket.resume()
    }
    server.maxConnections = 1
    server.on(.drop) { info in console.log("server: drop", info.localAddress, info.remoteFamily) }
    try server.listen(0, "127.0.0.1") {
        let port = server.address()!.port
        let first = Socket()
        try first.connect(port: port, host: "127.0.0.1") {
            console.log("first: connect")
            let second = try net.connect(port: port, host: "127.0.0.1") { console.log("second: connect") }
            second.on(.error) { error in console.log("second: error", (error as? NodeError)?.code) }
            second.resume()
            second.on(.close) {
                console.log("second: close")
                first.end()
            }
        }
        first.resume()
        first.on(.close) {
            console.log("first: close")
            server.close()
        }
    }
}
