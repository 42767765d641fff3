import NodeLoop

let pauseResume = Twin("net/pause-resume") {
    let server = net.createServer(pauseOnConnect: true)
    server.on(.connection) { socket in
        console.log("server: paused", socket.isPaused())
        var received = ""
        socket.on(.data) { chunk in received += try chunk.toString() }
        setTimeout(30) {
            console.log("server: before resume", "[" + received + "]")
            socket.resume()
        }
        socket.on(.end) {
            console.log("server: after resume", "[" + received + "]")
            server.close()
        }
    }
    try server.listen(0, "127.0.0.1") {
        let client = try net.connect(port: server.address()!.port, host: "127.0.0.1")
        client.write("one ")
        client.write("two ")
        client.end("three")
    }
}
