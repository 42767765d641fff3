import NodeLoop

let idleTimeout = Twin("net/idle-timeout") {
    let server = net.createServer { socket in socket.resume() }
    try server.listen(0, "127.0.0.1") {
        let client = try net.connect(port: server.address()!.port, host: "127.0.0.1")
        console.log("timeout before", client.timeout)
        try client.setTimeout(30) {
            console.log("timeout callback, destroyed", client.destroyed, "timeout", client.timeout)
            client.destroy()
        }
        client.on(.timeout) { console.log("timeout event") }
        client.on(.close) { console.log("close"); server.close() }
    }
}
