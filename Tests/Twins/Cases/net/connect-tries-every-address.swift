import NodeLoop

let connectTriesEveryAddress = Twin("net/connect-tries-every-address") {
    let server = net.createServer { socket in socket.end("hi") }
    func show(_ port: Int?) -> Any? { port.map { $0 > 1000 ? "PORT" : $0 as Any } }
    func withoutPorts(_ addresses: [String]?) -> [String] {
        (addresses ?? []).map { String($0[..<($0.lastIndex(of: ":") ?? $0.endIndex)]) }
    }
    func twoAddresses(_ first: String, _ second: String) -> HostLookup {
        return { host, options, callback in
            console.log("lookup called", host, options.family, options.hints.rawValue, options.all)
            callback(nil, [LookupAddress(address: first, family: 4), LookupAddress(address: second, family: 4)])
        }
    }
    func watch(_ socket: Socket) {
        socket.on(.connectionAttempt) { attempt in console.log("attempt", attempt.address, show(attempt.port), attempt.family) }
        socket.on(.connectionAttemptFailed) { failure in
            console.log("failed", failure.address, show(failure.port), failure.family, failure.error.code)
        }
    }
    try server.listen(0, "127.0.0.1") {
        let port = server.address()!.port
        let client = try net.connect(TCPConnectOptions(port: port, host: "two.example", lookup: twoAddresses("127.0.0.2", "127.0.0.1")))
        console.log("tried so far", withoutPorts(client.autoSelectFamilyAttemptedAddresses))
        watch(client)
        client.on(.connect) { console.log("connect", client.remoteAddress) }
        client.on(.data) { chunk in console.log("data", try chunk.toString()) }
        client.on(.close) { (_: Bool) in
            console.log("tried", withoutPorts(client.autoSelectFamilyAttemptedAddresses))
            let failing = try net.connect(TCPConnectOptions(port: port, host: "two.example", lookup: twoAddresses("127.0.0.3", "127.0.0.2")))
            watch(failing)
            failing.on(.error) { error in
                let error = error as! AggregateError
                console.log("error", error.name, error.code, "\"\(error.message)\"", true)
                console.log("errors", error.errors.map { error -> String in
                    let error = error as! NodeError
                    return "\(error.code ?? "") \(error.address ?? "")"
                })
            }
            failing.on(.close) { (hadError: Bool) in
                console.log("close", hadError)
                server.close()
            }
        }
    }
}
