import NodeLoop

let expectContinue = Twin("http/expect-continue") {
    func exchange(_ server: HTTPServer, _ text: String, _ done: @escaping () throws -> Void) throws {
        let socket = try net.connect(port: server.address()!.port, host: "127.0.0.1")
        var answer = ""
        var sentBody = false
        socket.on(.data) { chunk in
            answer += try chunk.toString()
            if answer.hasPrefix("HTTP/1.1 100 Continue\r\n\r\n") && !sentBody {
                sentBody = true
                socket.write("hello")
            }
        }
        socket.on(.end) {
            console.log(answerLines(answer))
            try done()
        }
        socket.write(text)
    }
    let request = "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n"
    let plain = http.createServer { req, res in
        console.log("request on the plain server")
        req.on(.data) { chunk in console.log("body", try chunk.toString()) }
        req.on(.end) { res.end("thanks") }
    }
    try plain.listen(0, "127.0.0.1") {
        try exchange(plain, request) {
            plain.close()
            let checking = http.createServer { _, _ in console.log("no request event") }
            checking.on(.checkContinue) { req, res in
                console.log("checkContinue", req.headers["expect"])
                try res.writeHead(403)
                res.end("not you")
            }
            try checking.listen(0, "127.0.0.1") { try exchange(checking, request) { checking.close() } }
        }
    }
}
