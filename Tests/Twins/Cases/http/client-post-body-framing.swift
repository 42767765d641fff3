import NodeLoop

let clientPostBodyFraming = Twin("http/client-post-body-framing") {
    let server = http.createServer { req, res in
        var body = ""
        req.on(.data) { chunk in body += try chunk.toString() }
        req.on(.end) {
            console.log(
                req.method, req.url, "length", req.headers["content-length"], "te", req.headers["transfer-encoding"],
                "body", body
            )
            res.end("got \(body.utf8.count) bytes")
        }
    }
    func send(_ port: Int, _ method: String, _ pieces: [String], _ done: @escaping () throws -> Void) throws {
        let options = HTTPRequestOptions(host: "127.0.0.1", port: port, path: "/\(method.lowercased())", method: method)
        let req = try http.request(options) { res in
            var text = ""
            res.on(.data) { chunk in text += try chunk.toString() }
            res.on(.end) {
                console.log("answer", res.statusCode, text)
                try done()
            }
        }
        if pieces.count > 1 {
            for piece in pieces { req.write(piece) }
            req.end()
        } else if let piece = pieces.first {
            req.end(piece)
        } else {
            req.end()
        }
    }
    try server.listen(0, "127.0.0.1") {
        let port = server.address()!.port
        try send(port, "POST", ["name=swift"]) {
            try send(port, "PUT", ["one,", "two,", "three"]) {
                try send(port, "GET", []) { server.close() }
            }
        }
    }
}
