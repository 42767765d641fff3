import NodeLoop

let clientChunkedResponseTrailers = Twin("http/client-chunked-response-trailers") {
    let server = http.createServer { _, res in
        try res.writeHead(200, ["Content-Type": "text/plain", "Trailer": "X-Checksum"])
        res.write("first ")
        setTimeout(10) {
            res.write("second")
            try res.addTrailers(["X-Checksum": "abc123"])
            res.end()
        }
    }
    try server.listen(0, "127.0.0.1") {
        try http.get(HTTPRequestOptions(host: "127.0.0.1", port: server.address()!.port)) { res in
            console.log("transfer-encoding", res.headers["transfer-encoding"], "trailer", res.headers["trailer"])
            var pieces: [String] = []
            res.on(.data) { chunk in pieces.append(try chunk.toString()) }
            res.on(.end) {
                console.log("pieces", pieces, "trailers", res.trailers, res.rawTrailers)
                server.close()
            }
        }
    }
}
