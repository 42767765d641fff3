import NodeLoop

let connectByHostName = Twin("net/connect-by-host-name") {
    let server = net.createServer { socket in socket.end("hello") }
    try server.listen(0, "127.0.0.1") {
        let port = server.address()!.port
        let byName = try net.connect(TCPConnectOptions(port: port, host: "localhost", family: 4))
        byName.on(.lookup) { result in
            console.log("lookup", result.error.map { $0.message } ?? "null", result.address, result.family, result.host)
        }
        byName.on(.connectionAttempt) { attempt in console.log("attempt", attempt.address, attempt.port == port, attempt.family) }
        byName.on(.connect) { console.log("connect", byName.remoteAddress, byName.remoteFamily, byName.remotePort == port) }
        byName.on(.data) { chunk in console.log("data", try chunk.toString()) }
        byName.on(.close) { (_: Bool) in
            let byAddress = try net.connect(port: port, host: "127.0.0.1")
            byAddress.on(.lookup) { _ in console.log("lookup for an address?!") }
            byAddress.on(.connectionAttempt) { attempt in console.log("attempt", attempt.address, attempt.family) }
            byAddress.on(.connect) { console.log("connect", byAddress.autoSelectFamilyAttemptedAddresses) }
            byAddress.resume()
            byAddress.on(.close) { (_: Bool) in server.close { _ in console.log("server closed") } }
        }
    }
}
