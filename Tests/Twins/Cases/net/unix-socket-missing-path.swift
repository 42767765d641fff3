import NodeLoop

let unixSocketMissingPath = Twin("net/unix-socket-missing-path") {
    let client = try net.connect(path: "/nonexistent-nodeloop/x.sock")
    client.on(.error) { error in
        let error = error as! NodeError
        console.log("connect error", error.code, error.syscall, error.address, error.message)
    }
    client.on(.close) { (hadError: Bool) in
        console.log("connect close", hadError)
        let server = net.createServer()
        server.on(.error) { error in
            let error = error as! NodeError
            console.log("listen error", error.code, error.syscall, error.address, error.port, error.message)
        }
        try server.listen(path: "/nonexistent-nodeloop/dir/x.sock")
    }
}
