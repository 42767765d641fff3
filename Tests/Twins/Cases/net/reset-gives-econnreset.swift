import NodeLoop

let resetGivesECONNRESET = Twin("net/reset-gives-econnreset") {
    let server = net.createServer { socket in
        socket.on(.data) { _ in socket.resetAndDestroy() }
        socket.on(.close) { (hadError: Bool) in console.log("server: close", hadError) }
    }
    try server.listen(0, "127.0.0.1") {
        let client = Socket()
        try client.connect(port: server.address()!.port, host: "127.0.0.1") { client.write("hello") }
        client.on(.error) { error in
            let error = error as! NodeError
            console.log("client: error", error.code, error.syscall, error.message)
        }
        client.on(.close) { (hadError: Bool) in console.log("client: close", hadError); server.close() }
    }
}
