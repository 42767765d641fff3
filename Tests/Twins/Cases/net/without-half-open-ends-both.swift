import NodeLoop

let withoutHalfOpenEndsBoth = Twin("net/without-half-open-ends-both") {
    let server = net.createServer()
    server.on(.connection) { socket in
        socket.on(.end) { console.log("server: end") }
        socket.on(.finish) { console.log("server: finish") }
        socket.on(.close) { (hadError: Bool) in console.log("server: close", hadError); server.close() }
        socket.resume()
    }
    try server.listen(0, "127.0.0.1") {
        let client = Socket()
        try client.connect(port: server.address()!.port, host: "127.0.0.1") { client.end() }
        client.on(.finish) { console.log("client: finish") }
        client.on(.end) { console.log("client: end") }
        client.on(.close) { console.log("client: close") }
        client.resume()
    }
}
