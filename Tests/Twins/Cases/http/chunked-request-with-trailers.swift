import NodeLoop

let chunkedRequestWithTrailers = Twin("http/chunked-request-with-trailers") {
    let server = http.createServer { req, res in
        var chunks: [String] = []
        req.on(.data) { chunk in chunks.append(try chunk.toString()) }
        req.on(.end) {
            console.log("chunks", chunks.joined(separator: "|"))
            console.log("trailers", req.trailers, req.rawTrailers)
            res.end("ok")
        }
    }
    try server.listen(0, "127.0.0.1") {
        let socket = try net.connect(port: server.address()!.port, host: "127.0.0.1")
        var answer = ""
        socket.on(.data) { chunk in answer += try chunk.toString() }
        socket.on(.end) {
            console.log(answerLines(answer))
            server.close()
        }
        socket.write("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
            + "5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\nX-Checksum: abc\r\nx-checksum: def\r\n\r\n")
    }
}
