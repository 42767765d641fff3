import NodeLoop

let listenAddressInUse = Twin("net/listen-address-in-use") {
    let first = net.createServer()
    try first.listen(0, "127.0.0.1") {
        let port = first.address()!.port
        let second = net.createServer()
        second.on(.error) { error in
            let error = error as! NodeError
            console.log("error", error.code, error.syscall, error.address, error.port == port, second.listening)
            console.log(error.message == "listen EADDRINUSE: address already in use 127.0.0.1:\(port)")
            first.close { _ in console.log("first closed") }
        }
        try second.listen(port, "127.0.0.1")
        console.log("after listen", second.listening)
    }
}
