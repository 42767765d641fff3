import NodeLoop

// An echo server and three clients on 127.0.0.1.
//
// The server pipes every connection back into itself. Each client connects, writes a few
// lines, ends its side and collects what comes back; when the last client has closed, the
// server closes. The port is whatever the system gives (listen on 0). Run it beside the JS
// twin in Node/echo.js (`make echo` runs both): the lines may interleave differently, the
// facts are the same.

let messages: KeyValuePairs = [
    "ada": ["hello", "how are you?", "bye"],
    "grace": ["one", "two"],
    "linus": ["ping"],
]

EventLoop.runMain {
    let server = net.createServer { socket in
        console.log("server: connection from \(socket.remoteAddress ?? "?")")
        socket.pipe(socket)
    }

    try server.listen(0, "127.0.0.1") {
        let address = server.address()!
        console.log("server: listening on \(address.address) (\(address.family))")
        var open = messages.count
        for (name, lines) in messages {
            var reply = ""
            let client = Socket()
            try client.connect(port: address.port, host: "127.0.0.1") {
                for line in lines { client.write("\(name): \(line)\n") }
                client.end()
            }
            client.on(.data) { chunk in reply += try chunk.toString() }
            client.on(.end) {
                let echoed = reply.split(separator: "\n")
                console.log("\(name): \(echoed.count) lines echoed, \(client.bytesRead) bytes, last \"\(echoed.last ?? "")\"")
            }
            client.on(.close) {
                open -= 1
                if open == 0 { server.close { _ in console.log("server: closed") } }
            }
        }
    }
}
