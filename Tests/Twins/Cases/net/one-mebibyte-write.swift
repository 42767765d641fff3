import NodeLoop

let oneMebibyteWrite = Twin("net/one-mebibyte-write") {
    let size = 1024 * 1024
    let server = net.createServer()
    server.on(.connection) { socket in
        var received = 0
        var sum = 0
        socket.on(.data) { chunk in
            received += chunk.count
            for byte in chunk { sum = (sum + Int(byte)) % 65521 }
        }
        socket.on(.end) {
            console.log("server: received", received, "checksum", sum, "bytesRead", socket.bytesRead)
            server.close()
        }
    }
    try server.listen(0, "127.0.0.1") {
        let client = Socket()
        try client.connect(port: server.address()!.port, host: "127.0.0.1") {
            var data = try Buffer.alloc(size)
            for i in 0..<size { data[i] = UInt8(i % 251) }
            client.write(data) { error in console.log("client: write callback, error", error != nil) }
            client.end()
        }
        client.on(.finish) { console.log("client: finish, bytesWritten", client.bytesWritten) }
    }
}
