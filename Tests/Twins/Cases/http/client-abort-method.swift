import NodeLoop

let clientAbortMethod = Twin("http/client-abort-method") {
    let server = http.createServer { _, _ in console.log("server got a request") }
    try server.listen(0, "127.0.0.1") {
        let port = server.address()!.port
        let connected = try http.get(HTTPRequestOptions(host: "127.0.0.1", port: port, path: "/connected"))
        connected.on(.abort) { console.log("abort", connected.aborted, connected.destroyed) }
        connected.on(.error) { error in
            let error = error as? NodeError
            console.log("error", error?.code, error?.message)
        }
        connected.on(.close) {
            console.log("close")
            server.closeAllConnections()
            server.close()
        }
        connected.on(.socket) { socket in
            socket.on(.connect) { setTimeout(10) { connected.abort() } }
        }
        let early = try http.get(HTTPRequestOptions(host: "127.0.0.1", port: port, path: "/early"))
        early.on(.abort) { console.log("early abort") }
        early.on(.error) { error in console.log("early error", (error as? NodeError)?.message) }
        early.on(.close) { console.log("early close") }
        early.abort()
    }
}
