import NodeLoop

let clientAbortSignal = Twin("http/client-abort-signal") {
    let server = http.createServer { req, _ in console.log("server got", req.url) }
    try server.listen(0, "127.0.0.1") {
        let port = server.address()!.port
        let controller = AbortController()
        let options = HTTPRequestOptions(host: "127.0.0.1", port: port, path: "/slow", signal: controller.signal)
        let req = try http.get(options) { _ in console.log("no response") }
        req.on(.error) { error in
            let error = error as? AbortError
            console.log("error", error?.name, error?.code, error?.message)
        }
        req.on(.close) {
            console.log("close", req.destroyed)
            let early = try http.get(HTTPRequestOptions(host: "127.0.0.1", port: port, path: "/never", signal: AbortSignal.abort()))
            early.on(.error) { error in
                let error = error as? AbortError
                console.log("early error", error?.name, error?.code)
            }
            early.on(.close) {
                console.log("early close")
                server.closeAllConnections()
                server.close()
            }
        }
        setTimeout(20) { controller.abort() }
    }
}
