import NodeLoop

let clientTimeoutEvent = Twin("http/client-timeout-event") {
    let server = http.createServer { _, _ in console.log("server never answers") }
    try server.listen(0, "127.0.0.1") {
        let req = try http.get(HTTPRequestOptions(host: "127.0.0.1", port: server.address()!.port, timeout: 30))
        req.on(.timeout) {
            console.log("timeout")
            req.destroy()
        }
        req.on(.error) { error in
            let error = error as? NodeError
            console.log("error", error?.code, error?.message)
        }
        req.on(.close) {
            console.log("close")
            server.closeAllConnections()
            server.close()
        }
    }
}
