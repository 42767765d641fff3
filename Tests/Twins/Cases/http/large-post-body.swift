import NodeLoop

let largePostBody = Twin("http/large-post-body") {
    let size = 100 * 1024
    let server = http.createServer { req, res in
        var received = 0
        var sum = 0
        req.on(.data) { chunk in
            received += chunk.length
            for byte in chunk { sum = (sum + Int(byte)) % 65536 }
        }
        req.on(.end) { res.end("received \(received) sum \(sum)") }
    }
    try server.listen(0, "127.0.0.1") {
        let socket = try net.connect(port: server.address()!.port, host: "127.0.0.1")
        var answer = ""
        socket.on(.data) { chunk in answer += try chunk.toString() }
        socket.on(.end) {
            console.log(answerLines(answer))
            server.close()
        }
        let body = Buffer((0..<size).map { UInt8($0 % 251) })
        socket.write("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: \(size)\r\nConnection: close\r\n\r\n")
        socket.write(body)
    }
}
