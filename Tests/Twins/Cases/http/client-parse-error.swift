import NodeLoop

let clientParseError = Twin("http/client-parse-error") {
    let server = net.createServer { socket in
        socket.once(.data) { _ in socket.end("HTTP/1.1 200 OK\r\nContent-Length: nope\r\n\r\n") }
    }
    try server.listen(0, "127.0.0.1") {
        let req = try http.get(HTTPRequestOptions(host: "127.0.0.1", port: server.address()!.port)) { _ in
            console.log("no response")
        }
        req.on(.error) { error in
            let error = error as? HTTPParseError
            console.log("error", error?.code, error?.message)
        }
        req.on(.close) {
            console.log("close")
            server.close()
        }
    }
}
