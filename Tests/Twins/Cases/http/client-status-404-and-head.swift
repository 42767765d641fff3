import NodeLoop

let clientStatus404AndHead = Twin("http/client-status-404-and-head") {
    let server = http.createServer { req, res in
        if req.url == "/missing" {
            res.statusCode = 404
            res.end("not here")
        } else {
            try res.setHeader("Content-Type", "text/plain")
            res.end("a body that HEAD does not get")
        }
    }
    try server.listen(0, "127.0.0.1") {
        let port = server.address()!.port
        try http.get("http://127.0.0.1:\(port)/missing") { res in
            var body = ""
            res.on(.data) { chunk in body += try chunk.toString() }
            res.on(.end) {
                console.log("GET /missing", res.statusCode, res.statusMessage, body)
                let req = try http.request(HTTPRequestOptions(host: "127.0.0.1", port: port, method: "HEAD")) { res in
                    console.log("HEAD", res.statusCode, res.headers["content-length"], res.headers["content-type"])
                    res.on(.data) { _ in console.log("HEAD body?") }
                    res.on(.end) {
                        console.log("HEAD end")
                        server.close()
                    }
                }
                req.end()
            }
        }
    }
}
