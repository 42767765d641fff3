import NodeLoop

let connectRefused = Twin("net/connect-refused") {
    let probe = net.createServer()
    try probe.listen(0, "127.0.0.1") {
        let port = probe.address()!.port
        probe.close { _ in
            let client = try net.connect(port: port, host: "127.0.0.1") { console.log("connected?!") }
            client.on(.error) { error in
                let error = error as! NodeError
                console.log("error", error.code, error.syscall, error.address, error.port == port, error.errno! < 0)
                console.log(error.message == "connect ECONNREFUSED 127.0.0.1:\(port)")
            }
            client.on(.close) { (hadError: Bool) in console.log("close", hadError, client.destroyed) }
        }
    }
}
