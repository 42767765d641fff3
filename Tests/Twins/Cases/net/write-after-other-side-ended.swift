import NodeLoop

let writeAfterOtherSideEnded = Twin("net/write-after-other-side-ended") {
    let server = net.createServer()
    server.on(.connection) { socket in
        socket.on(.end) {
            setImmediate {
                console.log("server: writableEnded", socket.writableEnded)
                socket.write("too late") { error in console.log("server: write callback", (error as? NodeError)?.code, error?.message) }
            }
        }
        socket.on(.error) { error in console.log("server: error", (error as? NodeError)?.code) }
        socket.on(.close) { (hadError: Bool) in console.log("server: close", hadError); server.close() }
        socket.resume()
    }
    try server.listen(0, "127.0.0.1") {
        let client = Socket(allowHalfOpen: true)
        try client.connect(port: server.address()!.port, host: "127.0.0.1") { client.end() }
        client.resume()
    }
}
