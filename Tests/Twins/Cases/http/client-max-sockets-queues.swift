import NodeLoop

let clientMaxSocketsQueues = Twin("http/client-max-sockets-queues") {
    let server = http.createServer { req, res in
        console.log("server", req.url)
        setTimeout(10) { res.end("answer \(req.url)") }
    }
    let agent = HTTPAgent(keepAlive: true, maxSockets: 1)
    try server.listen(0, "127.0.0.1") {
        let port = server.address()!.port
        var left = 3
        for path in ["/a", "/b", "/c"] {
            var req: ClientRequest?
            req = try http.get(HTTPRequestOptions(host: "127.0.0.1", port: port, path: path, agent: .custom(agent))) { res in
                var body = ""
                res.on(.data) { chunk in body += try chunk.toString() }
                res.on(.end) {
                    console.log("client", path, body, "reused", req?.reusedSocket)
                    left -= 1
                    if left == 0 {
                        agent.destroy()
                        server.close()
                    }
                }
            }
        }
        let name = agent.requests.keys.first ?? ""
        console.log("queued", agent.requests[name]?.count, "sockets", agent.sockets[name]?.count)
    }
}
