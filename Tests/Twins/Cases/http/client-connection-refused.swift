import NodeLoop

let clientConnectionRefused = Twin("http/client-connection-refused") {
    let server = http.createServer()
    try server.listen(0, "127.0.0.1") {
        let port = server.address()!.port
        server.close { _ in
            let req = try http.get(HTTPRequestOptions(host: "127.0.0.1", port: port)) { _ in console.log("no response") }
            req.on(.error) { error in
                let error = error as? NodeError
                console.log("error", error?.code, error?.syscall, error?.message.replacingPort(port))
            }
            req.on(.close) { console.log("close") }
        }
    }
}

extension String {
    /// The text with the port number replaced by `PORT`.
    func replacingPort(_ port: Int) -> String {
        split(separator: ":", omittingEmptySubsequences: false).map { $0 == "\(port)" ? "PORT" : String($0) }
            .joined(separator: ":")
    }
}
