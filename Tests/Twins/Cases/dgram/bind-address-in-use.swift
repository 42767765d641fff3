import NodeLoop

let dgramBindAddressInUse = Twin("dgram/bind-address-in-use") {
    let first = try dgram.createSocket("udp4")
    try first.bind(0, "127.0.0.1") {
        let port = try first.address().port
        let second = try dgram.createSocket("udp4")
        second.on(.error) { error in
            let error = error as! NodeError
            console.log("error", error.code, error.errno! < 0, error.syscall, error.address, error.port == port)
            console.log(error.message == "bind EADDRINUSE 127.0.0.1:\(port)")
            let quiet = try dgram.createSocket("udp4")
            try quiet.bind(port, "127.0.0.1") { console.log("never") }
            console.log("error listeners with a bind callback", quiet.listenerCount(.error))
            setImmediate {
                console.log("after the failed bind", quiet.listenerCount(.error), quiet.listenerCount(.listening))
                try quiet.close()
                try second.close()
                try first.close()
                let a = try dgram.createSocket(type: "udp4", reuseAddr: true)
                let b = try dgram.createSocket(type: "udp4", reuseAddr: true)
                try a.bind(0, "127.0.0.1") {
                    try b.bind(try a.address().port, "127.0.0.1") {
                        console.log("both bound", try a.address().port == (try b.address().port))
                        try a.close()
                        try b.close()
                    }
                }
            }
        }
        try second.bind(port, "127.0.0.1")
    }
}
