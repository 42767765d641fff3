import NodeLoop

let clientAgentFalseCloses = Twin("http/client-agent-false-closes") {
    let server = http.createServer { req, res in
        console.log("server sees connection:", req.headers["connection"])
        res.end("once")
    }
    try server.listen(0, "127.0.0.1") {
        let options = HTTPRequestOptions(host: "127.0.0.1", port: server.address()!.port, agent: .disabled)
        let req = try http.get(options) { res in
            console.log("response connection:", res.headers["connection"])
            res.resume()
            res.on(.end) { console.log("response end") }
        }
        req.on(.socket) { socket in
            socket.on(.close) { (_: Bool) in
                console.log("socket closed")
                server.close()
            }
        }
        req.on(.close) { console.log("request close") }
    }
}
