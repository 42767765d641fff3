import NodeLoop

let fetchConnectionRefused = Twin("http/fetch-connection-refused") {
    let server = http.createServer()
    try server.listen(0, "127.0.0.1") {
        let url = "http://127.0.0.1:\(server.address()!.port)/"
        server.close { _ in
            _ = Promise { () async throws in
                do {
                    _ = try await fetch(url).value
                } catch let error as FetchError {
                    console.log(error.name, error.message, (error.cause as? NodeError)?.code)
                }
                do {
                    _ = try await fetch(url, FetchInit(signal: AbortSignal.abort())).value
                } catch let error as DOMException {
                    console.log(error.name, error.message)
                }
            }
        }
    }
}
