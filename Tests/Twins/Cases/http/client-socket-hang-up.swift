import NodeLoop

let clientSocketHangUp = Twin("http/client-socket-hang-up") {
    let server = http.createServer { req, _ in
        console.log("server destroys the socket")
        _ = req.socket?.destroy()
    }
    try server.listen(0, "127.0.0.1") {
        let req = try http.get(HTTPRequestOptions(host: "127.0.0.1", port: server.address()!.port)) { _ in
            console.log("no response")
        }
        req.on(.error) { error in
            let error = error as? NodeError
            console.log("error", error?.name, error?.code, error?.message)
        }
        req.on(.close) {
            console.log("close")
            server.close()
        }
    }
}
