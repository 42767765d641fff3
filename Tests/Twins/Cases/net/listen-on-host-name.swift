import NodeLoop

let listenOnHostName = Twin("net/listen-on-host-name") {
    let server = net.createServer { socket in socket.end("from localhost") }
    try server.listen(0, "localhost") {
        let bound = server.address()!
        console.log("listening", net.isIP(bound.address) != 0, bound.address == "127.0.0.1" || bound.address == "::1")
        let client = try net.connect(port: bound.port, host: "localhost")
        client.on(.data) { chunk in console.log("data", try chunk.toString()) }
        client.on(.close) { (_: Bool) in
            server.close { _ in
                let lost = net.createServer()
                lost.on(.error) { error in
                    let error = error as! NodeError
                    console.log("error", error.code, error.syscall, error.hostname, lost.listening)
                }
                lost.on(.listening) { console.log("listening?!") }
                try lost.listen(0, "nosuch..invalid")
            }
        }
    }
}
