import NodeLoop

let clientGetRoundTrip = Twin("http/client-get-round-trip") {
    let server = http.createServer { req, res in
        console.log("server got", req.method, req.url, req.headers["connection"])
        try res.setHeader("Content-Type", "text/plain")
        res.end("hello client")
    }
    try server.listen(0, "127.0.0.1") {
        let options = HTTPRequestOptions(host: "127.0.0.1", port: server.address()!.port, path: "/greeting")
        let req = try http.get(options) { res in
            console.log("response", res.statusCode, res.statusMessage, res.headers["content-type"], res.headers["content-length"])
            var body = ""
            res.on(.data) { chunk in body += try chunk.toString() }
            res.on(.end) { console.log("response end", body, res.complete) }
            res.on(.close) {
                console.log("response close")
                server.close()
            }
        }
        console.log("request", req.method, req.path, req.host, req.reusedSocket)
        req.on(.socket) { _ in console.log("socket") }
        req.on(.finish) { console.log("finish") }
        req.on(.close) { console.log("request close") }
    }
}
