import NodeLoop

let clientErrorListenerSeesParseError = Twin("http/client-error-listener-sees-parse-error") {
    let server = http.createServer { _, _ in console.log("no request event") }
    server.on(.clientError) { error, socket in
        let parseError = error as! HTTPParseError
        console.log("clientError", parseError.message, parseError.code, parseError.reason, parseError.bytesParsed)
        console.log("rawPacket", try parseError.rawPacket.toString())
        socket.end("HTTP/1.1 400 Go Away\r\nConnection: close\r\n\r\n")
    }
    try server.listen(0, "127.0.0.1") {
        var requests = [
            "BREW / HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        ]
        func next() throws {
            guard !requests.isEmpty else { return _ = server.close() }
            let request = requests.removeFirst()
            let socket = try net.connect(port: server.address()!.port, host: "127.0.0.1")
            var answer = ""
            socket.on(.data) { chunk in answer += try chunk.toString() }
            socket.on(.close) {
                console.log(answer.split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init))
                try next()
            }
            socket.write(request)
        }
        try next()
    }
}
