import NodeLoop

let clientFreeSocketClosedByServer = Twin("http/client-free-socket-closed-by-server") {
    let server = http.createServer { req, res in res.end("answer to \(req.url)") }
    let agent = HTTPAgent(keepAlive: true)
    try server.listen(0, "127.0.0.1") {
        let port = server.address()!.port
        let first = try http.get(HTTPRequestOptions(host: "127.0.0.1", port: port, path: "/first", agent: .custom(agent)))
        // The listener goes on after the `let`: a closure using the `let` it initialises
        // crashes Swift 6.3.1's compiler.
        first.on(.response) { res in
            res.resume()
            res.on(.end) {
                first.socket?.on(.close) { (_: Bool) in
                    console.log("free socket closed; pools:", agent.freeSockets.count, agent.sockets.count)
                    var second: ClientRequest?
                    second = try http.get(HTTPRequestOptions(host: "127.0.0.1", port: port, path: "/second", agent: .custom(agent))) { res in
                        var body = ""
                        res.on(.data) { chunk in body += try chunk.toString() }
                        res.on(.end) {
                            console.log(body, "reused", second?.reusedSocket)
                            agent.destroy()
                            server.close()
                        }
                    }
                }
                setImmediate {
                    console.log("free sockets before", agent.freeSockets.count)
                    server.closeIdleConnections()
                }
            }
        }
    }
}
