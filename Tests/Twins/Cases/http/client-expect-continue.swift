import NodeLoop

let clientExpectContinue = Twin("http/client-expect-continue") {
    let server = http.createServer { req, res in
        var body = ""
        req.on(.data) { chunk in body += try chunk.toString() }
        req.on(.end) { res.end("got \(body)") }
    }
    try server.listen(0, "127.0.0.1") {
        let options = HTTPRequestOptions(
            host: "127.0.0.1", port: server.address()!.port, method: "POST",
            headers: ["Expect": "100-continue", "Content-Length": 5]
        )
        let req = try http.request(options) { res in
            var text = ""
            res.on(.data) { chunk in text += try chunk.toString() }
            res.on(.end) {
                console.log("response", res.statusCode, text)
                server.close()
            }
        }
        req.on(.information) { info in console.log("information", info.statusCode, info.statusMessage) }
        req.on(.continue) {
            console.log("continue")
            req.end("hello")
        }
        req.flushHeaders()
    }
}
