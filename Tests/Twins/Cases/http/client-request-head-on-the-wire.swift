import NodeLoop

let clientRequestHeadOnTheWire = Twin("http/client-request-head-on-the-wire") {
    let server = http.createServer { req, res in
        let raw = req.rawHeaders.enumerated().map { index, value in
            index > 0 && req.rawHeaders[index - 1] == "Host" ? "HOST" : value
        }
        console.log(req.method, req.url, raw)
        req.resume()
        req.on(.end) { res.end() }
    }
    try server.listen(0, "127.0.0.1") {
        let port = server.address()!.port
        let first = try http.request(HTTPRequestOptions(
            host: "127.0.0.1", port: port, path: "/item/7", method: "DELETE",
            headers: ["X-Trace": "abc", "Accept": "text/plain"]
        )) { res in
            res.resume()
            res.on(.end) {
                let second = try http.request(HTTPRequestOptions(
                    host: "127.0.0.1", port: port, path: "/form", method: "POST", headers: ["Host": "example.org"],
                    agent: .disabled, setHost: false
                )) { res in
                    res.resume()
                    res.on(.end) { server.close() }
                }
                try second.setHeader("Content-Type", "text/plain")
                second.end("x=1")
            }
        }
        console.log("header names", first.getHeaderNames())
        first.end()
    }
}
