import NodeLoop

let clientKeepAliveReusesSocket = Twin("http/client-keep-alive-reuses-socket") {
    var connections = 0
    let server = http.createServer { req, res in res.end("answer to \(req.url)") }
    server.on(.connection) { _ in connections += 1 }
    let agent = HTTPAgent(keepAlive: true)
    func get(_ port: Int, _ path: String, _ done: @escaping () throws -> Void) throws {
        var req: ClientRequest?
        req = try http.get(HTTPRequestOptions(host: "127.0.0.1", port: port, path: path, agent: .custom(agent))) { res in
            var body = ""
            res.on(.data) { chunk in body += try chunk.toString() }
            res.on(.end) {
                console.log(path, res.headers["connection"], body, "reused", req?.reusedSocket)
                setImmediate(done)
            }
        }
    }
    try server.listen(0, "127.0.0.1") {
        let port = server.address()!.port
        try get(port, "/one") {
            let names = Array(agent.freeSockets.keys)
            console.log("free sockets", names.count, agent.freeSockets[names[0]]?.count)
            try get(port, "/two") {
                try get(port, "/three") {
                    console.log("connections", connections)
                    agent.destroy()
                    server.close()
                }
            }
        }
    }
}
