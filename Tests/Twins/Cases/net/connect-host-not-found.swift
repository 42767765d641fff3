import NodeLoop

let connectHostNotFound = Twin("net/connect-host-not-found") {
    let cases = [
        TCPConnectOptions(port: 80, host: "nosuch..invalid"),
        TCPConnectOptions(port: 80, host: "nosuch..invalid", autoSelectFamily: false),
        TCPConnectOptions(port: 80, host: "nosuch..invalid", family: 4),
    ]
    func next(_ index: Int) throws {
        guard index < cases.count else { return }
        let socket = try net.connect(cases[index])
        console.log("connecting", socket.connecting)
        socket.on(.lookup) { result in
            console.log("lookup", (result.error as? NodeError)?.code, result.address, result.family, result.host)
        }
        socket.on(.connectionAttempt) { _ in console.log("attempt?!") }
        socket.on(.error) { error in
            let error = error as! NodeError
            let keys = [("code", error.code), ("errno", error.errno.map(String.init)), ("hostname", error.hostname), ("syscall", error.syscall)]
            console.log("error", error.code, error.syscall, error.hostname, error.message, keys.filter { $0.1 != nil }.map(\.0).joined(separator: ","))
        }
        socket.on(.close) { (hadError: Bool) in
            console.log("close", hadError, socket.connecting)
            try next(index + 1)
        }
    }
    try next(0)
}
