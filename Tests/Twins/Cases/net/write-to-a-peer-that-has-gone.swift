import NodeLoop

let writeToAPeerThatHasGone = Twin("net/write-to-a-peer-that-has-gone") {
    let server = net.createServer { socket in socket.destroy() }
    try server.listen(0, "127.0.0.1") {
        let client = try net.connect(port: server.address()!.port, host: "127.0.0.1")
        let block = try Buffer.alloc(64 * 1024, fill: 1)
        var writes = 0
        func writeMore() {
            while writes < 4096 && !client.destroyed {
                writes += 1
                if !client.write(block) { return _ = client.once(.drain) { writeMore() } }
            }
        }
        client.on(.connect) { writeMore() }
        client.on(.error) { error in
            let error = error as! NodeError
            console.log("error", error.code == "EPIPE" || error.code == "ECONNRESET", error.syscall == "write" || error.syscall == "read")
        }
        client.on(.close) { (hadError: Bool) in
            console.log("close", hadError)
            server.close { _ in console.log("still running") }
        }
    }
}
